return await SmallCapDashboard.Cli.Cli.RunAsync(args, Console.Out, Console.Error);
