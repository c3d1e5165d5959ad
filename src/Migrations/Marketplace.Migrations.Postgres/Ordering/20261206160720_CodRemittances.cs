using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Ordering
{
    /// <inheritdoc />
    public partial class CodRemittances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ChargedVnd",
                schema: "ordering",
                table: "shipments",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RemittanceId",
                schema: "ordering",
                table: "shipments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RemittedAt",
                schema: "ordering",
                table: "shipments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemittedVnd",
                schema: "ordering",
                table: "shipments",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "cod_remittances",
                schema: "ordering",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Carrier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ImportedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Lines = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cod_remittances", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_shipments_RemittedAt",
                schema: "ordering",
                table: "shipments",
                column: "RemittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_cod_remittances_ImportedAt",
                schema: "ordering",
                table: "cod_remittances",
                column: "ImportedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cod_remittances",
                schema: "ordering");

            migrationBuilder.DropIndex(
                name: "IX_shipments_RemittedAt",
                schema: "ordering",
                table: "shipments");

            migrationBuilder.DropColumn(
                name: "ChargedVnd",
                schema: "ordering",
                table: "shipments");

            migrationBuilder.DropColumn(
                name: "RemittanceId",
                schema: "ordering",
                table: "shipments");

            migrationBuilder.DropColumn(
                name: "RemittedAt",
                schema: "ordering",
                table: "shipments");

            migrationBuilder.DropColumn(
                name: "RemittedVnd",
                schema: "ordering",
                table: "shipments");
        }
    }
}
