using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Vendors
{
    /// <inheritdoc />
    public partial class VendorOnboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ActiveTaxCode",
                schema: "vendors",
                table: "cooperatives",
                type: "nvarchar(14)",
                maxLength: 14,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPerson",
                schema: "vendors",
                table: "cooperatives",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Culture",
                schema: "vendors",
                table: "cooperatives",
                type: "nvarchar(5)",
                maxLength: 5,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DecisionReason",
                schema: "vendors",
                table: "cooperatives",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                schema: "vendors",
                table: "cooperatives",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LegalName",
                schema: "vendors",
                table: "cooperatives",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OwnerEmail",
                schema: "vendors",
                table: "cooperatives",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                schema: "vendors",
                table: "cooperatives",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RegistrationNumber",
                schema: "vendors",
                table: "cooperatives",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TaxCode",
                schema: "vendors",
                table: "cooperatives",
                type: "nvarchar(14)",
                maxLength: 14,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                schema: "vendors",
                table: "cooperatives",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "application_documents",
                schema: "vendors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_application_documents_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalSchema: "vendors",
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "vendors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActorName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    SubjectType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Before = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    After = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "members",
                schema: "vendors",
                columns: table => new
                {
                    CooperativeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => new { x.CooperativeId, x.Email });
                });

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_ActiveTaxCode",
                schema: "vendors",
                table: "cooperatives",
                column: "ActiveTaxCode",
                unique: true,
                filter: "[ActiveTaxCode] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_Status",
                schema: "vendors",
                table: "cooperatives",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_application_documents_CooperativeId",
                schema: "vendors",
                table: "application_documents",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_OccurredAt",
                schema: "vendors",
                table: "audit_entries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_SubjectType_SubjectId",
                schema: "vendors",
                table: "audit_entries",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_members_Email",
                schema: "vendors",
                table: "members",
                column: "Email");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_documents",
                schema: "vendors");

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "vendors");

            migrationBuilder.DropTable(
                name: "members",
                schema: "vendors");

            migrationBuilder.DropIndex(
                name: "IX_cooperatives_ActiveTaxCode",
                schema: "vendors",
                table: "cooperatives");

            migrationBuilder.DropIndex(
                name: "IX_cooperatives_Status",
                schema: "vendors",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "ActiveTaxCode",
                schema: "vendors",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "ContactPerson",
                schema: "vendors",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "Culture",
                schema: "vendors",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "DecisionReason",
                schema: "vendors",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "Email",
                schema: "vendors",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "LegalName",
                schema: "vendors",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "OwnerEmail",
                schema: "vendors",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "Phone",
                schema: "vendors",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "RegistrationNumber",
                schema: "vendors",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "TaxCode",
                schema: "vendors",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "vendors",
                table: "cooperatives");
        }
    }
}
