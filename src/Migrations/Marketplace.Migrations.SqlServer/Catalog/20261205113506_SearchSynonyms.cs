using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Catalog
{
    /// <inheritdoc />
    public partial class SearchSynonyms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "search_synonyms",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Terms = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_search_synonyms", x => x.Id);
                });

            // The groups shoppers need first (see SearchTerms); the admins keep them from here on.
            foreach (var (id, terms) in new[]
            {
                ("3f1d2c1a-5b0e-4c53-9a59-0d0b6f0a1001", "chè, trà"),
                ("3f1d2c1a-5b0e-4c53-9a59-0d0b6f0a1002", "macca, mắc ca, macadamia"),
                ("3f1d2c1a-5b0e-4c53-9a59-0d0b6f0a1003", "nhãn lồng, nhãn"),
                ("3f1d2c1a-5b0e-4c53-9a59-0d0b6f0a1004", "hồng trà, trà đen"),
                ("3f1d2c1a-5b0e-4c53-9a59-0d0b6f0a1005", "trái cây, hoa quả"),
            })
            {
                migrationBuilder.InsertData(
                    table: "search_synonyms", schema: "catalog", columns: ["Id", "Terms", "ChangedAt"], values: new object[] { Guid.Parse(id), terms, new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero) });
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "search_synonyms",
                schema: "catalog");
        }
    }
}
