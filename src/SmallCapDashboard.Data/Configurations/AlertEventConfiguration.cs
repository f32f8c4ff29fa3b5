using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Configurations;

internal sealed class AlertEventConfiguration : IEntityTypeConfiguration<AlertEvent>
{
    public void Configure(EntityTypeBuilder<AlertEvent> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasMaxLength(40).IsRequired();
        b.Property(x => x.Basis).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Description).HasMaxLength(500).IsRequired();
        b.Property(x => x.Link).HasMaxLength(1024).IsRequired();
        b.HasIndex(x => new { x.RuleId, x.Date, x.Kind }).IsUnique();
        b.HasIndex(x => x.CreatedUtc);
        b.HasMany(x => x.Deliveries).WithOne(x => x.Event).HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
