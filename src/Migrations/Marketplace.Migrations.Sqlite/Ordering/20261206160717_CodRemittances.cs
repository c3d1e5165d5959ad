using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class CodRemittances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ChargedVnd",
                table: "ordering_shipments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RemittanceId",
                table: "ordering_shipments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemittedAt",
                table: "ordering_shipments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemittedVnd",
                table: "ordering_shipments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ordering_cod_remittances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Carrier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ImportedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Lines = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_cod_remittances", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_shipments_RemittedAt",
                table: "ordering_shipments",
                column: "RemittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_cod_remittances_ImportedAt",
                table: "ordering_cod_remittances",
                column: "ImportedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ordering_cod_remittances");

            migrationBuilder.DropIndex(
                name: "IX_ordering_shipments_RemittedAt",
                table: "ordering_shipments");

            migrationBuilder.DropColumn(
                name: "ChargedVnd",
                table: "ordering_shipments");

            migrationBuilder.DropColumn(
                name: "RemittanceId",
                table: "ordering_shipments");

            migrationBuilder.DropColumn(
                name: "RemittedAt",
                table: "ordering_shipments");

            migrationBuilder.DropColumn(
                name: "RemittedVnd",
                table: "ordering_shipments");
        }
    }
}
