using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class CardDepositReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DepositToReturnVnd",
                table: "ordering_reservations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // What each reservation owes back, as Reservation.Changed works it out (the deposit due by its state, rounded half up).
            migrationBuilder.Sql(
                """
                UPDATE "ordering_reservations"
                SET "DepositToReturnVnd" = "DepositPaidVnd" - "DepositReturnedVnd" - COALESCE("DepositInOrderVnd", CASE
                    WHEN "Status" IN ('Held', 'Waitlisted') THEN "DepositVnd"
                    WHEN "Status" IN ('Confirmed', 'PartlyConfirmed') THEN (COALESCE("Allocated", 0) * "PriceVnd" * "DepositPercent" + 50) / 100
                    ELSE 0 END)
                WHERE "DepositPaidVnd" > "DepositReturnedVnd";
                UPDATE "ordering_reservations" SET "DepositToReturnVnd" = 0 WHERE "DepositToReturnVnd" < 0;
                """);

            migrationBuilder.CreateTable(
                name: "ordering_deposit_returns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReservationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReservationNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AmountVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    PaymentIntentId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    StripeRefundId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Pending = table.Column<bool>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_deposit_returns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ordering_reservation_card_deposits",
                columns: table => new
                {
                    PaymentIntentId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ReservationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    ReturnedVnd = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_reservation_card_deposits", x => new { x.ReservationId, x.PaymentIntentId });
                    table.ForeignKey(
                        name: "FK_ordering_reservation_card_deposits_ordering_reservations_ReservationId",
                        column: x => x.ReservationId,
                        principalTable: "ordering_reservations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // A deposit paid by card before card deposits had rows of their own is known only by its key. Where the card brought
            // all the reservation received, its row is written back; what had gone back to the buyer counts as gone back to that
            // card, so it is never asked for more than it brought. (A deposit split between a transfer and a card goes back by transfer.)
            migrationBuilder.Sql(
                """
                INSERT INTO "ordering_reservation_card_deposits" ("ReservationId", "PaymentIntentId", "AmountVnd", "ReturnedVnd")
                SELECT r."Id", substr(k.value, 6), r."DepositPaidVnd", r."DepositReturnedVnd"
                FROM "ordering_reservations" r, json_each(r."TransferKeys") k
                WHERE json_array_length(r."TransferKeys") = 1 AND k.value LIKE 'card:%';
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ordering_reservations_DepositToReturnVnd_ReservedAt",
                table: "ordering_reservations",
                columns: new[] { "DepositToReturnVnd", "ReservedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_deposit_returns_ReservationId",
                table: "ordering_deposit_returns",
                column: "ReservationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ordering_deposit_returns");

            migrationBuilder.DropTable(
                name: "ordering_reservation_card_deposits");

            migrationBuilder.DropIndex(
                name: "IX_ordering_reservations_DepositToReturnVnd_ReservedAt",
                table: "ordering_reservations");

            migrationBuilder.DropColumn(
                name: "DepositToReturnVnd",
                table: "ordering_reservations");
        }
    }
}
