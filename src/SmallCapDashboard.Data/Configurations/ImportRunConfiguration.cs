using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Configurations;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasMaxLength(20).IsRequired();
        b.Property(x => x.Format).HasMaxLength(20);
        b.Property(x => x.File).HasMaxLength(1000).IsRequired();
        b.Property(x => x.Symbols).HasMaxLength(1000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.HasIndex(x => x.StartedUtc);
    }
}
