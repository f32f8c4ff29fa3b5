using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmallCapDashboard.Data.Entities;

namespace SmallCapDashboard.Data.Configurations;

internal sealed class InstrumentConfiguration : IEntityTypeConfiguration<Instrument>
{
    public void Configure(EntityTypeBuilder<Instrument> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Symbol).HasMaxLength(32).IsRequired();
        b.HasIndex(x => x.Symbol).IsUnique();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Benchmark).HasMaxLength(32);
        b.Property(x => x.Issuer).HasMaxLength(100);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.SizeGroup).HasConversion<string>().HasMaxLength(10);
    }
}
