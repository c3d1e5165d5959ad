using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Features.CatalogSheets;

/// <summary>A column of a catalog sheet: its Vietnamese heading (what the template writes) and the other headings it is known by.</summary>
internal sealed record SheetColumn(string Key, string Heading, string HeadingEnglish, string Help, string HelpEnglish, params string[] Aliases)
{
    public bool Matches(string foldedHeading) =>
        foldedHeading == VietnameseText.Fold(Heading) || foldedHeading == VietnameseText.Fold(HeadingEnglish) || Aliases.Contains(foldedHeading);

    public string Label => Bilingual.Pick(Heading, HeadingEnglish);
}

/// <summary>
/// The two sheets a cooperative keeps its catalog in: 
/// (<see cref="ProductColumns"/>), one per harvest lot (<see cref="LotColumns"/>). A sheet is known by its
/// headings, not its name or column order, so a CSV of either, or a workbook with both, reads
/// the same, and columns may be moved, left out (kept as they are) or added (ignored).
/// </summary>
internal static class CatalogSheetColumns
{
    public const string ProductsSheet = "Sản phẩm";
    public const string LotsSheet = "Lô hàng";
    public const string GuideSheet = "Hướng dẫn";

    public static readonly SheetColumn Name = new(
        "name", "Tên sản phẩm", "Product name",
        "Bắt buộc. Các dòng cùng tên là các quy cách của một sản phẩm; tên dùng để nhận ra sản phẩm đã có.",
        "Required. Lines with the same name are the variants of one product; the name finds a product already listed.",
        "ten", "ten sp", "san pham", "name", "product");

    public static readonly SheetColumn Category = new(
        "category", "Danh mục", "Category",
        "Tên danh mục trên sàn (xem danh sách bên dưới). Bắt buộc với sản phẩm mới.",
        "A category of the marketplace (listed below). Required for a new product.",
        "danh muc san pham", "nhom hang");

    public static readonly SheetColumn Description = new(
        "description", "Mô tả", "Description", "Giới thiệu sản phẩm, tối đa 4.000 ký tự.", "About the product, up to 4,000 characters.", "mo ta san pham");

    public static readonly SheetColumn NameEnglish = new(
        "name_en", "Tên tiếng Anh", "English name", "Không bắt buộc.", "Optional.", "ten tieng anh", "name en");

    public static readonly SheetColumn DescriptionEnglish = new(
        "description_en", "Mô tả tiếng Anh", "English description", "Không bắt buộc.", "Optional.", "description en");

    public static readonly SheetColumn Status = new(
        "status", "Trạng thái", "Status",
        "Bản nháp, Đang bán hoặc Tạm ẩn. Để trống: sản phẩm mới là bản nháp, sản phẩm đã có giữ nguyên.",
        "Draft, On sale or Hidden. Blank: a new product is a draft, a listed one stays as it is.",
        "tinh trang");

    public static readonly SheetColumn Sku = new(
        "sku", "Mã SKU", "SKU",
        "Không bắt buộc: để trống thì sàn tự đặt mã. Chữ không dấu, số, dấu chấm, gạch ngang.",
        "Optional: left blank, the marketplace makes one. Letters without accents, digits, dots, hyphens.",
        "ma sku", "ma hang", "ma sp", "ma san pham");

    public static readonly SheetColumn Unit = new(
        "unit", "Đơn vị", "Unit",
        "Bắt buộc: g, kg, yến, tạ, tấn, túi hoặc thùng.", "Required: g, kg, yến, tạ, tấn, bag or box.",
        "don vi tinh", "dvt");

    public static readonly SheetColumn NetWeight = new(
        "weight", "Khối lượng tịnh (g)", "Net weight (g)",
        "Bắt buộc với túi và thùng: số gam trong một túi hoặc thùng.", "Required for bags and boxes: grams in one bag or box.",
        "khoi luong tinh", "khoi luong (g)", "khoi luong", "net weight");

    public static readonly SheetColumn Price = new(
        "price", "Giá (đ)", "Price (VND)",
        "Bắt buộc: giá một đơn vị, viết 450.000, 450000 hoặc 450k.", "Required: the price of one unit, as 450.000, 450000 or 450k.",
        "gia", "gia ban", "gia (vnd)", "don gia", "price");

    public static readonly SheetColumn Stock = new(
        "stock", "Tồn kho", "Stock",
        "Số đơn vị còn bán được. Để trống: giữ nguyên (sản phẩm mới: 0).", "Units left to sell. Blank: unchanged (a new variant: 0).",
        "ton kho", "so luong ton", "stock");

    public static readonly SheetColumn MinOrder = new(
        "min_order", "Mua tối thiểu", "Minimum order",
        "Số đơn vị ít nhất mỗi đơn. Để trống: giữ nguyên (mới: 1).", "The fewest units per order. Blank: unchanged (new: 1).",
        "so luong toi thieu", "minimum order quantity", "moq");

    public static readonly SheetColumn Tiers = new(
        "tiers", "Giá sỉ", "Volume prices",
        "Giá khi mua nhiều, dạng \"10: 330.000; 50: 300.000\" (từ 10 đơn vị giá 330.000 đ). Ghi \"không\" để bỏ hết.",
        "Prices for larger orders, as \"10: 330.000; 50: 300.000\" (from 10 units, 330,000 đ). Write \"none\" to remove them.",
        "gia si", "gia theo so luong", "volume tiers", "tiers");

    public static readonly SheetColumn Box = new(
        "box", "Hộp đóng gói (cm)", "Shipping box (cm)",
        "Dài × rộng × cao của hộp một đơn vị, ví dụ 30×20×15: hãng vận chuyển tính cước hộp to mà nhẹ theo kích thước. "
            + "Để trống: giữ nguyên; ghi \"không\" để bỏ.",
        "Length × width × height of one unit's box, e.g. 30×20×15: carriers charge a large, light box by its size. "
            + "Blank: unchanged; write \"none\" to remove it.",
        "hop dong goi", "hop dong goi (cm)", "kich thuoc hop", "kich thuoc", "box", "dimensions");

    public static readonly SheetColumn Version = new(
        "version", "Phiên bản (không sửa)", "Version (do not edit)",
        "Sàn ghi khi xuất bảng tính: nếu tồn kho đã đổi từ lúc đó (có đơn hàng mới), sàn không ghi đè mà báo lỗi.",
        "Written by the export: if the stock changed since (new orders), the upload does not overwrite it but says so.",
        "phien ban", "version");

    public static readonly SheetColumn LotProduct = Name;

    public static readonly SheetColumn LotCode = new(
        "lot_code", "Mã lô", "Lot code",
        "Bắt buộc, riêng cho mỗi lô trên toàn sàn (in trên bao bì). Lô đã có không sửa được.",
        "Required, unique across the marketplace (printed on packages). A lot already recorded cannot be changed.",
        "ma lo hang", "so lo", "lot");

    public static readonly SheetColumn ProducedOn = new(
        "produced_on", "Ngày thu hoạch", "Harvest date",
        "Bắt buộc: ngày thu hoạch hoặc chế biến, dạng 15/03/2026.", "Required: the harvest or processing date, as 15/03/2026.",
        "ngay san xuat", "nsx", "ngay che bien", "produced on");

    public static readonly SheetColumn ExpiresOn = new(
        "expires_on", "Hạn sử dụng", "Expiry date", "Không bắt buộc, dạng 15/03/2027.", "Optional, as 15/03/2027.", "hsd", "expires on", "expiry");

    public static readonly SheetColumn Commune = new(
        "commune", "Xã, phường", "Commune", "Bắt buộc: nơi thu hoạch.", "Required: where it was harvested.", "xa", "xa phuong", "phuong");

    public static readonly SheetColumn Province = new(
        "province", "Tỉnh, thành", "Province", "Bắt buộc: một trong 34 tỉnh, thành.", "Required: one of the 34 provinces.", "tinh", "tinh thanh", "tinh/thanh");

    public static readonly SheetColumn LotQuantity = new(
        "quantity", "Sản lượng", "Quantity", "Bắt buộc: số đơn vị của lô.", "Required: the lot's size in its unit.", "so luong", "quantity");

    public static readonly SheetColumn LotUnit = Unit;

    public static readonly SheetColumn Notes = new(
        "notes", "Ghi chú", "Notes", "Không bắt buộc.", "Optional.", "note");

    public static readonly IReadOnlyList<SheetColumn> ProductColumns =
        [Name, Category, Description, NameEnglish, DescriptionEnglish, Status, Sku, Unit, NetWeight, Price, Stock, MinOrder, Tiers, Box, Version];

    public static readonly IReadOnlyList<SheetColumn> LotColumns =
        [LotProduct, LotCode, ProducedOn, ExpiresOn, Commune, Province, LotQuantity, LotUnit, Notes];
}
