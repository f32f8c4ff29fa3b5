using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmallCapDashboard.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Holdings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HoldingsSnapshots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstrumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    File = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    FundName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SharesOutstanding = table.Column<double>(type: "REAL", nullable: true),
                    ImportedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HoldingsSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HoldingsSnapshots_Instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "Instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Holdings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SnapshotId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Ticker = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AssetClass = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MarketValue = table.Column<double>(type: "REAL", nullable: true),
                    WeightPercent = table.Column<double>(type: "REAL", nullable: true),
                    Quantity = table.Column<double>(type: "REAL", nullable: true),
                    Price = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Holdings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Holdings_HoldingsSnapshots_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "HoldingsSnapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Holdings_SnapshotId_Position",
                table: "Holdings",
                columns: new[] { "SnapshotId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HoldingsSnapshots_InstrumentId_AsOf",
                table: "HoldingsSnapshots",
                columns: new[] { "InstrumentId", "AsOf" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Holdings");

            migrationBuilder.DropTable(
                name: "HoldingsSnapshots");
        }
    }
}
