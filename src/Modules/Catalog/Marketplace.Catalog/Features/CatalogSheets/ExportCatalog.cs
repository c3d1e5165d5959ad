using System.Globalization;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using C = Marketplace.Catalog.Features.CatalogSheets.CatalogSheetColumns;

namespace Marketplace.Catalog.Features.CatalogSheets;

internal enum SheetFormat
{
    /// <summary>A workbook: the products and lots sheets and the guide.</summary>
    Xlsx,

    /// <summary>The products sheet as CSV (UTF-8 with a byte order mark, which Excel needs to show Vietnamese).</summary>
    ProductsCsv,

    /// <summary>The lots sheet as CSV.</summary>
    LotsCsv,
}

internal sealed record SheetFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The cooperative's catalog as the sheets the import reads (<see cref="Template"/>: the headings
/// and the guide only), so a person edits it in Excel and uploads it back.
/// </summary>
internal sealed record ExportCatalogQuery(CooperativeId CooperativeId, UserId ActorId, SheetFormat Format, bool Template)
    : IQuery<Result<SheetFile>>;

internal sealed class ExportCatalogHandler(CatalogDbContext db, ISender sender, TimeProvider clock) : IQueryHandler<ExportCatalogQuery, Result<SheetFile>>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async ValueTask<Result<SheetFile>> Handle(ExportCatalogQuery query, CancellationToken cancellationToken)
    {
        if (!await sender.ActsForAsync(query.CooperativeId, query.ActorId, cancellationToken))
        {
            return ProductAccess.VendorNotFound();
        }

        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Position).ToListAsync(cancellationToken);
        var products = query.Template ? [] : await db.Products.AsNoTracking().Include(p => p.Variants)
            .Where(p => p.CooperativeId == query.CooperativeId)
            .OrderBy(p => p.CreatedAt)
            .ToListAsync(cancellationToken);
        var lots = query.Template ? [] : await db.Lots.AsNoTracking()
            .Where(l => l.CooperativeId == query.CooperativeId)
            .ToListAsync(cancellationToken);
        var categoryNames = categories.ToDictionary(c => c.Id, c => Bilingual.Pick(c.Name, c.NameEnglish));
        var productRows = ProductRows(products, categoryNames).ToList();
        var lotRows = LotRows(lots.OrderBy(l => l.ProducedOn), products.ToDictionary(p => p.Id, p => p.Name)).ToList();

        var name = (query.Template ? Bilingual.Pick("mau-bang-tinh-san-pham", "catalog-template") : $"san-pham-{clock.GetUtcNow():yyyy-MM-dd}");
        return query.Format switch
        {
            SheetFormat.ProductsCsv => new SheetFile($"{name}.csv", "text/csv; charset=utf-8", Csv(C.ProductColumns, productRows)),
            SheetFormat.LotsCsv => new SheetFile($"{name}-lo-hang.csv", "text/csv; charset=utf-8", Csv(C.LotColumns, lotRows)),
            _ => new SheetFile($"{name}.xlsx", Xlsx, Workbook(productRows, lotRows, categories)),
        };
    }

    private static IEnumerable<object?[]> ProductRows(IEnumerable<Product> products, Dictionary<Guid, string> categories) =>
        from p in products
        from v in p.Variants.OrderBy(v => v.Position)
        select new object?[]
        {
            p.Name, categories.GetValueOrDefault(p.CategoryId), p.Description, p.NameEnglish, p.DescriptionEnglish,
            CatalogSheetLines.StatusWord(p.Status), v.Sku, CatalogSheetLines.UnitWord(v.Unit), v.NetWeightGrams, v.PriceVnd, v.Stock,
            v.MinOrderQuantity, v.Tiers.Count == 0 ? null : CatalogSheetLines.TiersText(v.Tiers), v.Box?.ToString(), v.Version.ToString("N"),
        };

    private static IEnumerable<object?[]> LotRows(IEnumerable<Lot> lots, Dictionary<ProductId, string> products) =>
        lots.Select(l => new object?[]
        {
            products.GetValueOrDefault(l.ProductId), l.Code, Date(l.ProducedOn), l.ExpiresOn is { } e ? Date(e) : null, l.Commune, l.Province,
            l.Quantity, CatalogSheetLines.UnitWord(l.QuantityUnit), l.Notes,
        });

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static byte[] Workbook(List<object?[]> products, List<object?[]> lots, List<Category> categories)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Bilingual.Pick(C.ProductsSheet, "Products")] = Rows(C.ProductColumns, products),
            [Bilingual.Pick(C.LotsSheet, "Lots")] = Rows(C.LotColumns, lots),
            [Bilingual.Pick(C.GuideSheet, "Guide")] = Guide(categories),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    /// <summary>Rows keyed by heading, in the columns' order (MiniExcel writes a dictionary's keys as the heading line).</summary>
    private static List<Dictionary<string, object?>> Rows(IReadOnlyList<SheetColumn> columns, List<object?[]> rows)
    {
        var keyed = rows.Select(r => columns.Select((c, i) => (c.Label, r[i])).ToDictionary(x => x.Label, x => x.Item2, StringComparer.Ordinal)).ToList();
        if (keyed.Count == 0)
        {
            // An empty sheet still carries its headings: it is the template.
            keyed.Add(columns.ToDictionary(c => c.Label, _ => (object?)null, StringComparer.Ordinal));
        }

        return keyed;
    }

    /// <summary>What each column takes, then the lists its values come from: categories, units, statuses.</summary>
    private static List<Dictionary<string, object?>> Guide(List<Category> categories)
    {
        var column = Bilingual.Pick("Cột", "Column");
        var how = Bilingual.Pick("Cách điền", "How to fill it in");
        var rows = new List<Dictionary<string, object?>>();
        void Add(string a, string? b) => rows.Add(new Dictionary<string, object?>(StringComparer.Ordinal) { [column] = a, [how] = b });
        Add(Bilingual.Pick($"Trang \"{C.ProductsSheet}\": mỗi dòng là một quy cách (đơn vị, giá) của một sản phẩm.",
            "Sheet \"Products\": each line is one way (unit, price) a product is sold."), null);
        foreach (var c in C.ProductColumns)
        {
            Add(c.Label, Bilingual.Pick(c.Help, c.HelpEnglish));
        }

        Add(string.Empty, null);
        Add(Bilingual.Pick($"Trang \"{C.LotsSheet}\": mỗi dòng là một lô thu hoạch (in mã QR trên nhãn).",
            "Sheet \"Lots\": each line is one harvest lot (its QR code goes on the label)."), null);
        foreach (var c in C.LotColumns)
        {
            Add(c.Label, Bilingual.Pick(c.Help, c.HelpEnglish));
        }

        Add(string.Empty, null);
        Add(Bilingual.Pick("Ô để trống", "Blank cells"), Bilingual.Pick(
            "giữ nguyên giá trị đang có. Tải lên cùng một tệp hai lần không thay đổi gì thêm. Nếu có dòng sai, không dòng nào được lưu.",
            "keep the value saved. Uploading the same file twice changes nothing more. If any line is wrong, no line is saved."));
        Add(Bilingual.Pick("Đơn vị", "Units"), "g, kg, yến, tạ, tấn, " + Bilingual.Pick("túi, thùng", "bag, box"));
        Add(Bilingual.Pick("Trạng thái", "Status"), string.Join(", ", Enum.GetValues<ProductStatus>().Select(CatalogSheetLines.StatusWord)));
        Add(Bilingual.Pick("Danh mục", "Categories"), null);
        foreach (var category in categories)
        {
            Add(string.Empty, Bilingual.Pick(category.Name, category.NameEnglish));
        }

        return rows;
    }

    /// <summary>UTF-8 with a byte order mark (Excel needs it to show Vietnamese); text a spreadsheet would run as a formula is escaped.</summary>
    private static byte[] Csv(IReadOnlyList<SheetColumn> columns, List<object?[]> rows) => TableExport.Csv([.. columns.Select(c => c.Label)], rows);
}
