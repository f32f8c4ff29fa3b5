using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Configurations;

internal sealed class AlertRuleConfiguration : IEntityTypeConfiguration<AlertRule>
{
    public void Configure(EntityTypeBuilder<AlertRule> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.Property(x => x.Symbol).HasMaxLength(40).IsRequired();
        b.Property(x => x.Rule).HasMaxLength(200).IsRequired();
        b.Property(x => x.Basis).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.WebhookUrl).HasMaxLength(2048);
        b.Property(x => x.WebhookSecret).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(320);
        b.Property(x => x.OwnerUserId).HasMaxLength(450);
        b.HasIndex(x => x.OwnerUserId);
        b.HasMany(x => x.Events).WithOne(x => x.Rule).HasForeignKey(x => x.RuleId).OnDelete(DeleteBehavior.Cascade);
    }
}
