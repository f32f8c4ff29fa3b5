using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Configurations;

internal sealed class DailyBarConfiguration : IEntityTypeConfiguration<DailyBar>
{
    public void Configure(EntityTypeBuilder<DailyBar> b)
    {
        // The primary key (instrument, date) is also the index every page query uses.
        b.HasKey(x => new { x.InstrumentId, x.Date });
        b.Property(x => x.Source).HasMaxLength(200).IsRequired();
        b.HasOne(x => x.Instrument).WithMany(i => i.Bars).HasForeignKey(x => x.InstrumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
