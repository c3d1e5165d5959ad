using System.Globalization;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.Catalog.Features.CatalogSheets;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Marketplace.Catalog.Features.Feeds;

/// <summary>The marketplaces a cooperative also sells on, whose bulk-upload files it can take its catalog to.</summary>
internal enum SalesChannel
{
    Shopee,
    Lazada,
    Tiki,
}

/// <summary>
/// A cooperative's products for sale as the rows of another marketplace's bulk upload: one row per
/// variant, in the fields that channel documents, each row checked against its required fields and
/// limits. A row that would be refused (no picture, a name too long, no box size where the channel
/// asks for one) is not in the upload sheet: it is listed on a sheet of its own with what to add.
/// </summary>
internal sealed record ExportToChannelQuery(CooperativeId CooperativeId, UserId ActorId, SalesChannel Channel) : IQuery<Result<SheetFile>>;

/// <summary>A column of a channel's upload: its field key, its heading, whether the channel refuses a row without it, and its limits.</summary>
internal sealed record ChannelColumn(string Key, string Heading, bool Required, Func<ChannelRow, object?> Value, int MinLength = 0, int MaxLength = 0);

/// <summary>What a row is made of: the product, one of its variants, its pictures' addresses and its seller's name.</summary>
internal sealed record ChannelRow(Product Product, Variant Variant, IReadOnlyList<string> Images, string Seller, string UnitLabel, DateOnly Today)
{
    /// <summary>The price a buyer pays today: the sale's while it runs, else the list price.</summary>
    public long SellingVnd => Variant is { SalePriceVnd: { } sale, SaleFrom: { } from, SaleUntil: { } until } && from <= Today && Today <= until
        ? sale
        : Variant.PriceVnd;

    /// <summary>The product's weight in grams (net: the packaging is the cooperative's to add where the channel charges by it).</summary>
    public int? Grams => Variant.NetWeightGrams ?? Variant.Unit.Grams();

    public string? Kilograms => Grams is { } grams ? (grams / 1000m).ToString("0.###", CultureInfo.InvariantCulture) : null;

    public string? Image(int index) => index < Images.Count ? Images[index] : null;

    /// <summary>"Trà Shan Tuyết – túi 500 g": a variant's own name where the channel lists each as a product.</summary>
    public string Name => Product.Variants.Count > 1 ? $"{Product.Name} – {UnitLabel}" : Product.Name;
}

/// <summary>
/// The channels' fields, as their sellers' documentation names them. Shopee's mass-upload
/// template: row 1 of its sheet holds these keys (ps_product_name …), variants of a product share
/// an integration number and name their option, a cover picture and up to eight more, weight in
/// grams. Lazada's product fields (its Open Platform's CreateProduct and the Bulk Manager): a brand
/// ("No Brand" for goods without one), package weight in kilograms and its three sides in
/// centimetres, all required, up to eight pictures. Tiki's product request: name 3–255 characters,
/// the selling price no more than the list (market) price, brand and origin, weight in kilograms.
/// The channel's category is chosen on the channel: its ids are its own.
/// </summary>
internal static class ChannelFormats
{
    public static IReadOnlyList<ChannelColumn> Columns(SalesChannel channel) => channel switch
    {
        SalesChannel.Shopee => Shopee,
        SalesChannel.Lazada => Lazada,
        _ => Tiki,
    };

    private static readonly IReadOnlyList<ChannelColumn> Shopee =
    [
        new("ps_product_name", "Tên sản phẩm", true, r => r.Product.Name, 10, 120),
        new("ps_product_description", "Mô tả sản phẩm", true, r => r.Product.Description, 100, 3000),
        new("ps_sku_parent_short", "SKU sản phẩm", false, r => r.Product.Slug, MaxLength: 100),
        new("et_title_variation_integration_no", "Mã sản phẩm", false, r => r.Product.Variants.Count > 1 ? r.Product.Slug : null),
        new("et_title_variation_1", "Tên nhóm phân loại hàng 1", false, r => r.Product.Variants.Count > 1 ? "Quy cách" : null),
        new("et_title_option_for_variation_1", "Tên phân loại hàng cho nhóm phân loại hàng 1", false,
            r => r.Product.Variants.Count > 1 ? r.UnitLabel : null, MaxLength: 20),
        new("ps_price", "Giá", true, r => r.Variant.PriceVnd),
        new("ps_stock", "Kho hàng", true, r => r.Variant.Stock),
        new("ps_sku_short", "SKU phân loại", true, r => r.Variant.Sku, MaxLength: 100),
        new("ps_item_cover_image", "Ảnh bìa", true, r => r.Image(0)),
        .. Enumerable.Range(1, 8).Select(i => new ChannelColumn($"ps_item_image_{i}", $"Hình ảnh sản phẩm {i}", false, r => r.Image(i))),
        new("ps_weight", "Cân nặng (g)", true, r => r.Grams),
        new("ps_length", "Chiều dài (cm)", false, r => r.Variant.BoxLengthCm),
        new("ps_width", "Chiều rộng (cm)", false, r => r.Variant.BoxWidthCm),
        new("ps_height", "Chiều cao (cm)", false, r => r.Variant.BoxHeightCm),
    ];

    private static readonly IReadOnlyList<ChannelColumn> Lazada =
    [
        new("name", "Tên sản phẩm", true, r => r.Name, 1, 255),
        new("description", "Mô tả", true, r => r.Product.Description, 1, 25000),
        new("brand", "Thương hiệu", true, _ => "No Brand"),
        new("SellerSku", "SKU người bán", true, r => r.Variant.Sku, MaxLength: 200),
        new("variation", "Quy cách", false, r => r.UnitLabel),
        new("price", "Giá", true, r => r.Variant.PriceVnd),
        new("special_price", "Giá khuyến mãi", false, r => r.SellingVnd < r.Variant.PriceVnd ? r.SellingVnd : null),
        new("quantity", "Số lượng", true, r => r.Variant.Stock),
        new("package_weight", "Cân nặng gói hàng (kg)", true, r => r.Kilograms),
        new("package_length", "Chiều dài gói hàng (cm)", true, r => r.Variant.BoxLengthCm),
        new("package_width", "Chiều rộng gói hàng (cm)", true, r => r.Variant.BoxWidthCm),
        new("package_height", "Chiều cao gói hàng (cm)", true, r => r.Variant.BoxHeightCm),
        new("MainImage", "Ảnh chính", true, r => r.Image(0)),
        .. Enumerable.Range(2, 7).Select(i => new ChannelColumn($"Image{i}", $"Ảnh {i}", false, r => r.Image(i - 1))),
    ];

    private static readonly IReadOnlyList<ChannelColumn> Tiki =
    [
        new("name", "Tên sản phẩm", true, r => r.Name, 3, 255),
        new("description", "Mô tả", true, r => r.Product.Description, 1, 50000),
        new("brand", "Thương hiệu", true, r => r.Seller, MaxLength: 255),
        new("origin", "Xuất xứ", true, r => $"Việt Nam ({r.Product.Province})"),
        new("sku", "SKU", true, r => r.Variant.Sku, MaxLength: 100),
        new("price", "Giá bán", true, r => r.SellingVnd),
        new("market_price", "Giá thị trường", false, r => r.Variant.PriceVnd),
        new("quantity", "Số lượng", true, r => r.Variant.Stock),
        new("inventory_type", "Loại kho", true, _ => "instock"),
        new("weight", "Cân nặng (kg)", true, r => r.Kilograms),
        new("length", "Dài (cm)", false, r => r.Variant.BoxLengthCm),
        new("width", "Rộng (cm)", false, r => r.Variant.BoxWidthCm),
        new("height", "Cao (cm)", false, r => r.Variant.BoxHeightCm),
        new("image", "Ảnh chính", true, r => r.Image(0)),
        .. Enumerable.Range(1, 8).Select(i => new ChannelColumn($"images_{i}", $"Ảnh phụ {i}", false, r => r.Image(i))),
    ];

    /// <summary>What the channel would refuse in this row, in the reader's language; empty when it takes it.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<ChannelColumn> columns, ChannelRow row)
    {
        var problems = new List<string>();
        foreach (var column in columns)
        {
            var text = Text(column.Value(row));
            if (string.IsNullOrWhiteSpace(text))
            {
                if (column.Required)
                {
                    problems.Add(Bilingual.Pick($"thiếu {column.Heading}", $"no {column.Key}"));
                }
            }
            else if (text.Length < column.MinLength)
            {
                problems.Add(Bilingual.Pick(
                    $"{column.Heading} cần ít nhất {column.MinLength} ký tự", $"{column.Key} needs {column.MinLength} characters or more"));
            }
            else if (column.MaxLength > 0 && text.Length > column.MaxLength)
            {
                problems.Add(Bilingual.Pick(
                    $"{column.Heading} dài quá {column.MaxLength} ký tự", $"{column.Key} is over {column.MaxLength} characters"));
            }
        }

        return problems;
    }

    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

internal sealed class ExportToChannelHandler(CatalogDbContext db, ISender sender, PublicSite site, UnitLabels units, TimeProvider clock)
    : IQueryHandler<ExportToChannelQuery, Result<SheetFile>>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async ValueTask<Result<SheetFile>> Handle(ExportToChannelQuery query, CancellationToken cancellationToken)
    {
        if (!await sender.ActsForAsync(query.CooperativeId, query.ActorId, cancellationToken))
        {
            return ProductAccess.VendorNotFound();
        }

        var cooperative = query.CooperativeId;
        var seller = await db.Sellers.AsNoTracking().Where(s => s.CooperativeId == cooperative).Select(s => s.Name)
            .SingleOrDefaultAsync(cancellationToken);
        var products = await db.Public().AsNoTracking().Include(p => p.Variants).Include(p => p.Images).AsSplitQuery()
            .Where(p => p.CooperativeId == cooperative)
            .OrderBy(p => p.Name)
            .ToListAsync(cancellationToken);
        var today = clock.Today();
        var columns = ChannelFormats.Columns(query.Channel);
        var upload = new List<ChannelRow>();
        var missing = new List<(ChannelRow Row, IReadOnlyList<string> Problems)>();
        foreach (var product in products)
        {
            var images = product.Images.OrderBy(i => i.Position).Select(i => site.Link(ProductViews.ImageUrl(i.Key))).ToList();
            foreach (var variant in product.Variants.OrderBy(v => v.Position))
            {
                var unit = units.Label(variant.Unit.Code(), variant.NetWeightGrams);
                var row = new ChannelRow(product, variant, images, seller ?? string.Empty, unit, today);
                var problems = ChannelFormats.Problems(columns, row);
                if (problems.Count == 0)
                {
                    upload.Add(row);
                }
                else
                {
                    missing.Add((row, problems));
                }
            }
        }

        var name = query.Channel.ToString().ToLowerInvariant();
        return new SheetFile($"{name}-{today:yyyy-MM-dd}.xlsx", Xlsx, Workbook(query.Channel, columns, upload, missing));
    }

    /// <summary>
    /// The upload sheet: the field keys on its first line, the headings on the second, required or not
    /// on the third, then a line per variant (the channel's template has its own lines above; its rows
    /// are copied under them). Then the rows to complete, under their headings, and how to use the file.
    /// </summary>
    private static byte[] Workbook(
        SalesChannel channel, IReadOnlyList<ChannelColumn> columns, List<ChannelRow> upload, List<(ChannelRow Row, IReadOnlyList<string> Problems)> missing)
    {
        // MiniExcel writes a dictionary per line; with printHeader off its keys (c0, c1 …) are not written.
        Dictionary<string, object?> Line(IEnumerable<object?> values) =>
            values.Select((v, i) => (Key: $"c{i}", Value: v)).ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
        var lines = new List<Dictionary<string, object?>>
        {
            Line(columns.Select(c => (object?)c.Key)),
            Line(columns.Select(c => (object?)c.Heading)),
            Line(columns.Select(c => (object?)(c.Required ? "Bắt buộc" : "Không bắt buộc"))),
        };
        lines.AddRange(upload.Select(row => Line(columns.Select(c => c.Value(row)))));

        var toComplete = new List<Dictionary<string, object?>>
        {
            Line(["SKU", Bilingual.Pick("Sản phẩm", "Product"), Bilingual.Pick("Cần bổ sung", "To complete")]),
        };
        toComplete.AddRange(missing.Select(m => Line([m.Row.Variant.Sku, m.Row.Name, string.Join("; ", m.Problems)])));

        var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [channel == SalesChannel.Shopee ? "Bản đăng tải" : channel.ToString()] = lines,
            [Bilingual.Pick("Cần bổ sung", "To complete")] = toComplete,
            [Bilingual.Pick("Hướng dẫn", "Guide")] = Guide(channel),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, printHeader: false);
        return stream.ToArray();
    }

    private static List<Dictionary<string, object?>> Guide(SalesChannel channel) =>
    [
        .. new[]
        {
            Bilingual.Pick(
                $"Mỗi dòng từ dòng 4 của trang đầu là một quy cách đang bán, theo các trường {channel} quy định "
                    + "(dòng 1: mã trường; dòng 2: tên; dòng 3: bắt buộc hay không).",
                $"Each line from line 4 of the first sheet is a variant on sale, in the fields {channel} documents "
                    + "(line 1: field keys; 2: names; 3: required or not)."),
            Bilingual.Pick(
                $"Tải mẫu đăng hàng loạt của {channel} trong kênh người bán, chép các dòng vào dưới phần tiêu đề của mẫu, "
                    + $"chọn ngành hàng của {channel} cho từng sản phẩm rồi tải lên.",
                $"Download {channel}'s bulk-upload template in its seller centre, copy the lines under its headings, "
                    + $"choose {channel}'s category for each product, and upload it."),
            Bilingual.Pick(
                "Giá bằng đồng; cân nặng là khối lượng tịnh: cộng bao bì nếu sàn tính phí theo cân nặng gói hàng.",
                "Prices are in đồng; the weight is net: add the packaging where the channel charges by the parcel's weight."),
            Bilingual.Pick(
                "Trang \"Cần bổ sung\": các quy cách sàn sẽ từ chối và điều cần thêm (ảnh, mô tả, kích thước thùng …) "
                    + "trong trang sản phẩm của bạn.",
                "Sheet \"To complete\": the variants the channel would refuse, and what to add (a picture, a description, a box size …) "
                    + "on your product's page."),
        }.Select(text => new Dictionary<string, object?>(StringComparer.Ordinal) { ["c0"] = text }),
    ];
}
