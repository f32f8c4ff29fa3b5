using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Configurations;

internal sealed class FundDayConfiguration : IEntityTypeConfiguration<FundDay>
{
    public void Configure(EntityTypeBuilder<FundDay> b)
    {
        b.HasKey(x => new { x.InstrumentId, x.Date });
        b.Property(x => x.Source).HasMaxLength(200).IsRequired();
        b.HasIndex(x => new { x.Modelled, x.InstrumentId });
        b.HasOne(x => x.Instrument).WithMany(i => i.FundDays).HasForeignKey(x => x.InstrumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
