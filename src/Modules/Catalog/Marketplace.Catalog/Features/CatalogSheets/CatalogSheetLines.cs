using System.Globalization;
using System.Text.RegularExpressions;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using C = Marketplace.Catalog.Features.CatalogSheets.CatalogSheetColumns;

namespace Marketplace.Catalog.Features.CatalogSheets;

/// <summary>What went wrong on a line of the file, in the person's language, with the column to look at.</summary>
internal sealed record SheetProblem(string Sheet, int Line, string? Column, string Message);

/// <summary>A box cell that was filled: the box, or none ("không": the box is taken off).</summary>
internal sealed record BoxCell(BoxSize? Box);

/// <summary>
/// A line of the products sheet, its cells read but not yet checked against the catalog. A null
/// optional value is a blank cell: the saved value stays (see <see cref="C"/>).
/// </summary>
internal sealed record ProductLine(
    int Line,
    string Name,
    string Slug,
    Guid? CategoryId,
    string? Description,
    string? NameEnglish,
    string? DescriptionEnglish,
    ProductStatus? Status,
    string? Sku,
    SaleUnit Unit,
    int? NetWeightGrams,
    long PriceVnd,
    int? Stock,
    int? MinOrderQuantity,
    IReadOnlyList<VolumeTier>? Tiers,
    Guid? Version = null,
    BoxCell? Box = null)
{
    /// <summary>The net weight as a variant keeps it: bags and boxes have one, weights are their unit.</summary>
    public int? PackWeightGrams => Unit is SaleUnit.Bag or SaleUnit.Box ? NetWeightGrams : null;
}

internal sealed record LotLine(int Line, string ProductName, string ProductSlug, LotFacts Facts);

/// <summary>
/// Reads each line's cells into values: numbers and prices written the Vietnamese way, dates as
/// 15/03/2026 or Excel dates, units, statuses, categories and provinces by their names with or
/// without diacritics. A cell that cannot be read is a problem of that line and that column.
/// </summary>
internal sealed partial class CatalogSheetLines(IReadOnlyDictionary<string, Guid> categoriesByFoldedName)
{
    private static readonly string[] DateFormats = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-M-d", "yyyy-MM-dd"];

    private static readonly Dictionary<string, SaleUnit> Units = new(StringComparer.Ordinal)
    {
        ["g"] = SaleUnit.Gram,
        ["gam"] = SaleUnit.Gram,
        ["gram"] = SaleUnit.Gram,
        ["kg"] = SaleUnit.Kilogram,
        ["kilogram"] = SaleUnit.Kilogram,
        ["ki lo"] = SaleUnit.Kilogram,
        ["kilo"] = SaleUnit.Kilogram,
        ["yen"] = SaleUnit.Yen,
        ["ta"] = SaleUnit.Ta,
        ["tan"] = SaleUnit.Tan,
        ["tonne"] = SaleUnit.Tan,
        ["tui"] = SaleUnit.Bag,
        ["bag"] = SaleUnit.Bag,
        ["goi"] = SaleUnit.Bag,
        ["hop"] = SaleUnit.Box,
        ["thung"] = SaleUnit.Box,
        ["box"] = SaleUnit.Box,
    };

    private static readonly Dictionary<string, ProductStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["ban nhap"] = ProductStatus.Draft,
        ["nhap"] = ProductStatus.Draft,
        ["draft"] = ProductStatus.Draft,
        ["dang ban"] = ProductStatus.Published,
        ["ban"] = ProductStatus.Published,
        ["on sale"] = ProductStatus.Published,
        ["published"] = ProductStatus.Published,
        ["tam an"] = ProductStatus.Hidden,
        ["an"] = ProductStatus.Hidden,
        ["hidden"] = ProductStatus.Hidden,
    };

    private static readonly Dictionary<string, string> ProvincesByFoldedName =
        Provinces.All.ToDictionary(p => VietnameseText.Fold(p), StringComparer.Ordinal);

    /// <summary>What people write in a cell to take the volume prices or the box off.</summary>
    private static readonly string[] NoneWords = ["khong", "none", "-", "0"];

    /// <summary>Thousands grouped with dots, as the template's examples and VndAmount read them back.</summary>
    private static readonly CultureInfo VietnameseNumbers = CultureInfo.GetCultureInfo(Cultures.Vietnamese);

    public List<SheetProblem> Problems { get; } = [];

    public static string UnitWord(SaleUnit unit) => unit switch
    {
        SaleUnit.Yen => "yến",
        SaleUnit.Ta => "tạ",
        SaleUnit.Tan => "tấn",
        SaleUnit.Bag => Bilingual.Pick("túi", "bag"),
        SaleUnit.Box => Bilingual.Pick("thùng", "box"),
        _ => unit.Code(),
    };

    public static string StatusWord(ProductStatus status) => status switch
    {
        ProductStatus.Published => Bilingual.Pick("Đang bán", "On sale"),
        ProductStatus.Hidden => Bilingual.Pick("Tạm ẩn", "Hidden"),
        _ => Bilingual.Pick("Bản nháp", "Draft"),
    };

    public static string TiersText(IEnumerable<VolumeTier> tiers) =>
        string.Join("; ", tiers.Select(t => $"{t.MinQuantity}: {t.PriceVnd.ToString("N0", VietnameseNumbers)}"));

    public ProductLine? Product(SheetTable sheet, SheetRow row)
    {
        var problems = Problems.Count;
        var name = Required(sheet, row, C.Name);
        var categoryText = sheet.Cell(row, C.Category);
        Guid? category = null;
        if (categoryText is not null)
        {
            if (categoriesByFoldedName.TryGetValue(VietnameseText.Fold(categoryText), out var id))
            {
                category = id;
            }
            else
            {
                Problem(sheet, row, C.Category, Bilingual.Pick(
                    $"Không có danh mục \"{categoryText}\"; xem danh sách trong trang Hướng dẫn của mẫu.",
                    $"There is no category \"{categoryText}\"; see the list on the template's Guide sheet."));
            }
        }

        ProductStatus? status = null;
        if (sheet.Cell(row, C.Status) is { } statusText)
        {
            status = Statuses.TryGetValue(VietnameseText.Fold(statusText), out var s) ? s : null;
            if (status is null)
            {
                Problem(sheet, row, C.Status, Bilingual.Pick(
                    $"Trạng thái \"{statusText}\" không rõ: ghi Bản nháp, Đang bán hoặc Tạm ẩn.",
                    $"The status \"{statusText}\" is unknown: write Draft, On sale or Hidden."));
            }
        }

        var unit = Unit(sheet, row, C.Unit);
        var weight = Whole(sheet, row, C.NetWeight);
        var price = Amount(sheet, row, C.Price, required: true);
        var stock = Whole(sheet, row, C.Stock);
        var minOrder = Whole(sheet, row, C.MinOrder);
        var tiers = Tiers(sheet, row);
        var box = Box(sheet, row);
        var sku = sheet.Cell(row, C.Sku)?.ToUpperInvariant();
        var slug = name is null ? string.Empty : VietnameseText.Slugify(name);
        if (name is not null && slug.Length == 0)
        {
            Problem(sheet, row, C.Name, Bilingual.Pick("Tên sản phẩm cần có chữ hoặc số.", "A product name needs letters or digits."));
        }

        return Problems.Count > problems ? null : new ProductLine(
            row.Line, name!, slug, category, sheet.Cell(row, C.Description), sheet.Cell(row, C.NameEnglish), sheet.Cell(row, C.DescriptionEnglish),
            status, sku, unit!.Value, weight, price!.Value, stock, minOrder, tiers,
            Guid.TryParseExact(sheet.Cell(row, C.Version), "N", out var version) ? version : null, box);
    }

    public LotLine? Lot(SheetTable sheet, SheetRow row)
    {
        var problems = Problems.Count;
        var name = Required(sheet, row, C.LotProduct);
        var code = Required(sheet, row, C.LotCode)?.ToUpperInvariant();
        var producedOn = Date(sheet, row, C.ProducedOn, required: true);
        var expiresOn = Date(sheet, row, C.ExpiresOn, required: false);
        var commune = Required(sheet, row, C.Commune);
        string? province = null;
        if (Required(sheet, row, C.Province) is { } provinceText)
        {
            var plain = provinceText.Replace("Tỉnh ", string.Empty, StringComparison.OrdinalIgnoreCase);
            province = ProvincesByFoldedName.GetValueOrDefault(VietnameseText.Fold(plain));
            if (province is null)
            {
                Problem(sheet, row, C.Province, Bilingual.Pick(
                    $"\"{provinceText}\" không phải một trong 34 tỉnh, thành (từ 1/7/2025).",
                    $"\"{provinceText}\" is not one of the 34 provinces (since 1 July 2025)."));
            }
        }

        var quantity = Whole(sheet, row, C.LotQuantity);
        if (quantity is null && sheet.Cell(row, C.LotQuantity) is null)
        {
            Problem(sheet, row, C.LotQuantity, Blank(C.LotQuantity));
        }

        var unit = Unit(sheet, row, C.LotUnit);
        return Problems.Count > problems ? null : new LotLine(
            row.Line, name!, VietnameseText.Slugify(name!),
            new LotFacts(code!, producedOn!.Value, expiresOn, commune!, province!, quantity!.Value, unit!.Value, sheet.Cell(row, C.Notes)));
    }

    public void Problem(SheetTable sheet, SheetRow row, SheetColumn? column, string message) =>
        Problems.Add(new SheetProblem(sheet.Name, row.Line, column?.Label, message));

    private static string Blank(SheetColumn column) =>
        Bilingual.Pick($"Cột \"{column.Heading}\" không được để trống.", $"The \"{column.HeadingEnglish}\" column cannot be blank.");

    private string? Required(SheetTable sheet, SheetRow row, SheetColumn column)
    {
        var text = sheet.Cell(row, column);
        if (text is null)
        {
            Problem(sheet, row, column, Blank(column));
        }

        return text;
    }

    private SaleUnit? Unit(SheetTable sheet, SheetRow row, SheetColumn column)
    {
        if (Required(sheet, row, column) is not { } text)
        {
            return null;
        }

        if (Units.TryGetValue(VietnameseText.Fold(text), out var unit))
        {
            return unit;
        }

        Problem(sheet, row, column, Bilingual.Pick(
            $"Đơn vị \"{text}\" không rõ: ghi g, kg, yến, tạ, tấn, túi hoặc thùng.",
            $"The unit \"{text}\" is unknown: write g, kg, yến, tạ, tấn, bag or box."));
        return null;
    }

    private long? Amount(SheetTable sheet, SheetRow row, SheetColumn column, bool required)
    {
        var text = required ? Required(sheet, row, column) : sheet.Cell(row, column);
        if (text is null)
        {
            return null;
        }

        if (VndAmount.TryParse(text, out var amount) && amount > 0)
        {
            return amount;
        }

        Problem(sheet, row, column, Bilingual.Pick(
            $"Không đọc được giá \"{text}\": ghi số đồng, ví dụ 450.000, 450000 hoặc 450k.",
            $"The price \"{text}\" cannot be read: write đồng, e.g. 450.000, 450000 or 450k."));
        return null;
    }

    /// <summary>A whole number, with dots or spaces grouping thousands as Vietnamese write them ("1.200").</summary>
    private int? Whole(SheetTable sheet, SheetRow row, SheetColumn column)
    {
        if (sheet.Cell(row, column) is not { } text)
        {
            return null;
        }

        if (WholeNumber(text) is { } number)
        {
            return number;
        }

        Problem(sheet, row, column, Bilingual.Pick(
            $"\"{text}\" không phải số nguyên (ví dụ 1200 hoặc 1.200).", $"\"{text}\" is not a whole number (e.g. 1200 or 1.200)."));
        return null;
    }

    /// <summary>Digits, grouped by thousands or not ("1200", "1.200", "1 200"); "1.5" is not a whole number, not 15.</summary>
    private static int? WholeNumber(string text) =>
        GroupedDigits().IsMatch(text) && int.TryParse(
            text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal)
                .Replace("\u00A0", string.Empty, StringComparison.Ordinal),
            NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    [GeneratedRegex(@"^(\d+|\d{1,3}([.\u00A0 ]\d{3})+)$")]
    private static partial Regex GroupedDigits();

    private DateOnly? Date(SheetTable sheet, SheetRow row, SheetColumn column, bool required)
    {
        var text = required ? Required(sheet, row, column) : sheet.Cell(row, column);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // A date cell Excel did not mark as a date arrives as its serial number (days since 1899-12-30).
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 20_000 and < 80_000)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        Problem(sheet, row, column, Bilingual.Pick(
            $"Không đọc được ngày \"{text}\": ghi ngày/tháng/năm, ví dụ 15/03/2026.",
            $"The date \"{text}\" cannot be read: write day/month/year, e.g. 15/03/2026."));
        return null;
    }

    /// <summary>"30×20×15" as on the product's page; "không" takes the box off; blank is no change.</summary>
    private BoxCell? Box(SheetTable sheet, SheetRow row)
    {
        if (sheet.Cell(row, C.Box) is not { } text)
        {
            return null;
        }

        if (NoneWords.Contains(VietnameseText.Fold(text)))
        {
            return new BoxCell(null);
        }

        if (BoxSize.TryParse(text, out var box) && box is not null)
        {
            return new BoxCell(box);
        }

        Problem(sheet, row, C.Box, Bilingual.Pick(
            $"Không đọc được hộp \"{text}\": ghi dài×rộng×cao bằng số cm, ví dụ 30×20×15; mỗi cạnh từ 1 đến {BoxSize.MaxSideCm} cm.",
            $"The box \"{text}\" cannot be read: write length×width×height in cm, e.g. 30×20×15; each side 1 to {BoxSize.MaxSideCm} cm."));
        return null;
    }

    /// <summary>"10: 330.000; 50: 300.000" (or "từ 10 = 330k", one per line): from 10 units on, 330,000 đ each.</summary>
    private List<VolumeTier>? Tiers(SheetTable sheet, SheetRow row)
    {
        if (sheet.Cell(row, C.Tiers) is not { } text)
        {
            return null;
        }

        if (NoneWords.Contains(VietnameseText.Fold(text)))
        {
            return [];
        }

        var tiers = new List<VolumeTier>();
        foreach (var part in text.Split([';', '\n', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split([':', '='], 2, StringSplitOptions.TrimEntries);
            var quantityText = pair[0].TrimStart("từTừtuTu ".ToCharArray());
            if (pair.Length != 2 || WholeNumber(quantityText) is not { } quantity || !VndAmount.TryParse(pair[1], out var price))
            {
                Problem(sheet, row, C.Tiers, Bilingual.Pick(
                    $"Không đọc được giá sỉ \"{part}\": ghi \"số lượng: giá\", ví dụ \"10: 330.000; 50: 300.000\".",
                    $"The volume price \"{part}\" cannot be read: write \"quantity: price\", e.g. \"10: 330.000; 50: 300.000\"."));
                return null;
            }

            tiers.Add(new VolumeTier(quantity, price));
        }

        return tiers;
    }
}
