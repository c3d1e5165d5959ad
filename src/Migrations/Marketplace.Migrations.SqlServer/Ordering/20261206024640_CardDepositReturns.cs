using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Ordering
{
    /// <inheritdoc />
    public partial class CardDepositReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DepositToReturnVnd",
                schema: "ordering",
                table: "reservations",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // What each reservation owes back, as Reservation.Changed works it out (the deposit due by its state, rounded half up).
            migrationBuilder.Sql(
                """
                UPDATE [ordering].[reservations]
                SET [DepositToReturnVnd] = [DepositPaidVnd] - [DepositReturnedVnd] - COALESCE([DepositInOrderVnd], CASE
                    WHEN [Status] IN ('Held', 'Waitlisted') THEN [DepositVnd]
                    WHEN [Status] IN ('Confirmed', 'PartlyConfirmed') THEN (COALESCE([Allocated], 0) * [PriceVnd] * [DepositPercent] + 50) / 100
                    ELSE 0 END)
                WHERE [DepositPaidVnd] > [DepositReturnedVnd];
                UPDATE [ordering].[reservations] SET [DepositToReturnVnd] = 0 WHERE [DepositToReturnVnd] < 0;
                """);

            migrationBuilder.CreateTable(
                name: "deposit_returns",
                schema: "ordering",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReservationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReservationNumber = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Method = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AmountVnd = table.Column<long>(type: "bigint", nullable: false),
                    PaymentIntentId = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: true),
                    StripeRefundId = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: true),
                    Pending = table.Column<bool>(type: "bit", nullable: false),
                    By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deposit_returns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reservation_card_deposits",
                schema: "ordering",
                columns: table => new
                {
                    PaymentIntentId = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    ReservationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AmountVnd = table.Column<long>(type: "bigint", nullable: false),
                    ReturnedVnd = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reservation_card_deposits", x => new { x.ReservationId, x.PaymentIntentId });
                    table.ForeignKey(
                        name: "FK_reservation_card_deposits_reservations_ReservationId",
                        column: x => x.ReservationId,
                        principalSchema: "ordering",
                        principalTable: "reservations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // A deposit paid by card before card deposits had rows of their own is known only by its key. Where the card brought
            // all the reservation received, its row is written back; what had gone back to the buyer counts as gone back to that
            // card, so it is never asked for more than it brought. (A deposit split between a transfer and a card goes back by transfer.)
            migrationBuilder.Sql(
                """
                INSERT INTO [ordering].[reservation_card_deposits] ([ReservationId], [PaymentIntentId], [AmountVnd], [ReturnedVnd])
                SELECT r.[Id], SUBSTRING(k.[value], 6, 255), r.[DepositPaidVnd], r.[DepositReturnedVnd]
                FROM [ordering].[reservations] r CROSS APPLY OPENJSON(r.[TransferKeys]) k
                WHERE (SELECT COUNT(*) FROM OPENJSON(r.[TransferKeys])) = 1 AND k.[value] LIKE 'card:%';
                """);

            migrationBuilder.CreateIndex(
                name: "IX_reservations_DepositToReturnVnd_ReservedAt",
                schema: "ordering",
                table: "reservations",
                columns: new[] { "DepositToReturnVnd", "ReservedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_deposit_returns_ReservationId",
                schema: "ordering",
                table: "deposit_returns",
                column: "ReservationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deposit_returns",
                schema: "ordering");

            migrationBuilder.DropTable(
                name: "reservation_card_deposits",
                schema: "ordering");

            migrationBuilder.DropIndex(
                name: "IX_reservations_DepositToReturnVnd_ReservedAt",
                schema: "ordering",
                table: "reservations");

            migrationBuilder.DropColumn(
                name: "DepositToReturnVnd",
                schema: "ordering",
                table: "reservations");
        }
    }
}
