using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Configurations;

internal sealed class HoldingsSnapshotConfiguration : IEntityTypeConfiguration<HoldingsSnapshot>
{
    public void Configure(EntityTypeBuilder<HoldingsSnapshot> b)
    {
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.InstrumentId, x.AsOf }).IsUnique();
        b.Property(x => x.Source).HasMaxLength(200).IsRequired();
        b.Property(x => x.File).HasMaxLength(260);
        b.Property(x => x.FundName).HasMaxLength(200);
        b.HasOne(x => x.Instrument).WithMany().HasForeignKey(x => x.InstrumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
