using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Vendors
{
    /// <inheritdoc />
    public partial class StorefrontCertificatesBusinessAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BannerKey",
                table: "vendors_cooperatives",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LogoKey",
                table: "vendors_cooperatives",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "vendors_business_accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ActiveAccountEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TaxCode = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ContactPerson = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vendors_business_accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vendors_certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OcopStars = table.Column<int>(type: "INTEGER", nullable: true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vendors_certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_vendors_certificates_vendors_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "vendors_cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_vendors_business_accounts_ActiveAccountEmail",
                table: "vendors_business_accounts",
                column: "ActiveAccountEmail",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vendors_business_accounts_Status",
                table: "vendors_business_accounts",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_vendors_certificates_CooperativeId_Status",
                table: "vendors_certificates",
                columns: new[] { "CooperativeId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "vendors_business_accounts");

            migrationBuilder.DropTable(
                name: "vendors_certificates");

            migrationBuilder.DropColumn(
                name: "BannerKey",
                table: "vendors_cooperatives");

            migrationBuilder.DropColumn(
                name: "LogoKey",
                table: "vendors_cooperatives");
        }
    }
}
