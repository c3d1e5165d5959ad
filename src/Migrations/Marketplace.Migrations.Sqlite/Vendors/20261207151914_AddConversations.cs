using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Vendors
{
    /// <inheritdoc />
    public partial class AddConversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "vendors_conversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TopicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastMessageAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AwaitingCooperative = table.Column<bool>(type: "INTEGER", nullable: false),
                    CooperativeAnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CustomerReadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CooperativeReadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ReportReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vendors_conversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vendors_quick_replies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vendors_quick_replies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vendors_conversation_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vendors_conversation_messages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_vendors_conversation_messages_vendors_conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "vendors_conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_vendors_conversation_messages_AuthorId_SentAt",
                table: "vendors_conversation_messages",
                columns: new[] { "AuthorId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_vendors_conversation_messages_ConversationId_SentAt",
                table: "vendors_conversation_messages",
                columns: new[] { "ConversationId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_vendors_conversations_CooperativeId_CustomerId_Topic_TopicId",
                table: "vendors_conversations",
                columns: new[] { "CooperativeId", "CustomerId", "Topic", "TopicId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vendors_conversations_CooperativeId_LastMessageAt",
                table: "vendors_conversations",
                columns: new[] { "CooperativeId", "LastMessageAt" });

            migrationBuilder.CreateIndex(
                name: "IX_vendors_conversations_CustomerId_LastMessageAt",
                table: "vendors_conversations",
                columns: new[] { "CustomerId", "LastMessageAt" });

            migrationBuilder.CreateIndex(
                name: "IX_vendors_conversations_ReportedAt",
                table: "vendors_conversations",
                column: "ReportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_vendors_quick_replies_CooperativeId",
                table: "vendors_quick_replies",
                column: "CooperativeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "vendors_conversation_messages");

            migrationBuilder.DropTable(
                name: "vendors_quick_replies");

            migrationBuilder.DropTable(
                name: "vendors_conversations");
        }
    }
}
