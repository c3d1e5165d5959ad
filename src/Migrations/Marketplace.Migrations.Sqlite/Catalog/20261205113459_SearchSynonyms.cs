using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class SearchSynonyms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_search_synonyms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Terms = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_search_synonyms", x => x.Id);
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
                    table: "catalog_search_synonyms", columns: ["Id", "Terms", "ChangedAt"], values: new object[] { Guid.Parse(id), terms, (long)new Marketplace.SharedKernel.Persistence.UtcTicksConverter().ConvertToProvider(new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero))! });
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_search_synonyms");
        }
    }
}
