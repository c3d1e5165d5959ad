using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class CarrierShipments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ordering_shipments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Carrier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FeeVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    CodVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    BookedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    MovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Events = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_shipments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_shipments_Carrier_TrackingCode",
                table: "ordering_shipments",
                columns: new[] { "Carrier", "TrackingCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ordering_shipments_PartId",
                table: "ordering_shipments",
                column: "PartId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ordering_shipments");
        }
    }
}
