using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Vendors
{
    /// <inheritdoc />
    public partial class CertificatesPerProduct : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ExpiryRemindedAt",
                schema: "vendors",
                table: "certificates",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ProductId",
                schema: "vendors",
                table: "certificates",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProductName",
                schema: "vendors",
                table: "certificates",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExpiryRemindedAt",
                schema: "vendors",
                table: "certificates");

            migrationBuilder.DropColumn(
                name: "ProductId",
                schema: "vendors",
                table: "certificates");

            migrationBuilder.DropColumn(
                name: "ProductName",
                schema: "vendors",
                table: "certificates");
        }
    }
}
