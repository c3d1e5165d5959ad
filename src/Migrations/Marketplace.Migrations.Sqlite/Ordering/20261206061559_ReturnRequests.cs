using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class ReturnRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ordering_return_policies",
                columns: table => new
                {
                    CooperativeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    RefundsDelivery = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_return_policies", x => x.CooperativeId);
                });

            migrationBuilder.CreateTable(
                name: "ordering_return_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VendorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BuyerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyerEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Photos = table.Column<string>(type: "TEXT", nullable: false),
                    DeliveryVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    AskedVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    OfferedVnd = table.Column<long>(type: "INTEGER", nullable: true),
                    RefundVnd = table.Column<long>(type: "INTEGER", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Restocked = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RefundedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RefundProblem = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Account = table.Column<string>(type: "TEXT", nullable: true),
                    Lines = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_return_requests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_return_requests_CooperativeId_Status",
                table: "ordering_return_requests",
                columns: new[] { "CooperativeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_return_requests_PartId",
                table: "ordering_return_requests",
                column: "PartId");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_return_requests_Status",
                table: "ordering_return_requests",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ordering_return_policies");

            migrationBuilder.DropTable(
                name: "ordering_return_requests");
        }
    }
}
