using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Configurations;

internal sealed class HoldingConfiguration : IEntityTypeConfiguration<Holding>
{
    public void Configure(EntityTypeBuilder<Holding> b)
    {
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.SnapshotId, x.Position }).IsUnique();
        b.Property(x => x.Ticker).HasMaxLength(64);
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.Sector).HasMaxLength(100);
        b.Property(x => x.AssetClass).HasMaxLength(100);
        b.HasOne(x => x.Snapshot).WithMany(s => s.Holdings).HasForeignKey(x => x.SnapshotId).OnDelete(DeleteBehavior.Cascade);
    }
}
