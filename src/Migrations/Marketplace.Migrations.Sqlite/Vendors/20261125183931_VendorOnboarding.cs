using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Vendors
{
    /// <inheritdoc />
    public partial class VendorOnboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ActiveTaxCode",
                table: "vendors_cooperatives",
                type: "TEXT",
                maxLength: 14,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPerson",
                table: "vendors_cooperatives",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Culture",
                table: "vendors_cooperatives",
                type: "TEXT",
                maxLength: 5,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DecisionReason",
                table: "vendors_cooperatives",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "vendors_cooperatives",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LegalName",
                table: "vendors_cooperatives",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OwnerEmail",
                table: "vendors_cooperatives",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "vendors_cooperatives",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RegistrationNumber",
                table: "vendors_cooperatives",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TaxCode",
                table: "vendors_cooperatives",
                type: "TEXT",
                maxLength: 14,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "vendors_cooperatives",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "vendors_application_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vendors_application_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_vendors_application_documents_vendors_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "vendors_cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "vendors_audit_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Before = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    After = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vendors_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vendors_members",
                columns: table => new
                {
                    CooperativeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vendors_members", x => new { x.CooperativeId, x.Email });
                });

            migrationBuilder.CreateIndex(
                name: "IX_vendors_cooperatives_ActiveTaxCode",
                table: "vendors_cooperatives",
                column: "ActiveTaxCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vendors_cooperatives_Status",
                table: "vendors_cooperatives",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_vendors_application_documents_CooperativeId",
                table: "vendors_application_documents",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_vendors_audit_entries_OccurredAt",
                table: "vendors_audit_entries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_vendors_audit_entries_SubjectType_SubjectId",
                table: "vendors_audit_entries",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_vendors_members_Email",
                table: "vendors_members",
                column: "Email");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "vendors_application_documents");

            migrationBuilder.DropTable(
                name: "vendors_audit_entries");

            migrationBuilder.DropTable(
                name: "vendors_members");

            migrationBuilder.DropIndex(
                name: "IX_vendors_cooperatives_ActiveTaxCode",
                table: "vendors_cooperatives");

            migrationBuilder.DropIndex(
                name: "IX_vendors_cooperatives_Status",
                table: "vendors_cooperatives");

            migrationBuilder.DropColumn(
                name: "ActiveTaxCode",
                table: "vendors_cooperatives");

            migrationBuilder.DropColumn(
                name: "ContactPerson",
                table: "vendors_cooperatives");

            migrationBuilder.DropColumn(
                name: "Culture",
                table: "vendors_cooperatives");

            migrationBuilder.DropColumn(
                name: "DecisionReason",
                table: "vendors_cooperatives");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "vendors_cooperatives");

            migrationBuilder.DropColumn(
                name: "LegalName",
                table: "vendors_cooperatives");

            migrationBuilder.DropColumn(
                name: "OwnerEmail",
                table: "vendors_cooperatives");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "vendors_cooperatives");

            migrationBuilder.DropColumn(
                name: "RegistrationNumber",
                table: "vendors_cooperatives");

            migrationBuilder.DropColumn(
                name: "TaxCode",
                table: "vendors_cooperatives");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "vendors_cooperatives");
        }
    }
}
