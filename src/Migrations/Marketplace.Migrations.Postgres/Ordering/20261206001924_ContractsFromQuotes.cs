using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Ordering
{
    /// <inheritdoc />
    public partial class ContractsFromQuotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RfqId",
                schema: "ordering",
                table: "supply_contracts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RfqNumber",
                schema: "ordering",
                table: "supply_contracts",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RfqId",
                schema: "ordering",
                table: "supply_contracts");

            migrationBuilder.DropColumn(
                name: "RfqNumber",
                schema: "ordering",
                table: "supply_contracts");
        }
    }
}
