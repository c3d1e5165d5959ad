using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// A cooperative keeps its catalog in a spreadsheet: the template and the export in Vietnamese,
/// an upload checked line by line (every problem said in plain words, nothing saved), then
/// applied all at once; the same file twice changes nothing the second time.
/// </summary>
public sealed class CatalogSheetTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private const string ProductHeadings = "Tên sản phẩm,Danh mục,Mô tả,Trạng thái,Mã SKU,Đơn vị,Khối lượng tịnh (g),Giá (đ),Tồn kho,Mua tối thiểu,Giá sỉ";

    [Fact]
    public async Task ACsvOfNewProducts_IsCheckedThenApplied_AndTheSameFileTwiceChangesNothing()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var csv = Csv(
            ProductHeadings,
            "Mắc ca sấy nứt vỏ,Hạt,Mắc ca Đắk Lắk.,Đang bán,,túi,500,450.000,40,,\"10: 430.000; 50: 410k\"",
            "Mắc ca sấy nứt vỏ,,,,,kg,,850000,25,2,",
            "Trà xanh Tân Cương,tra xanh,,,,túi,200,120k,100,,");

        var check = await ImportAsync(cooperative, csv, "san-pham.csv", apply: false);
        Assert.Equal(HttpStatusCode.OK, check.Status);
        Assert.Equal(0, check.Json.GetProperty("problems").GetArrayLength());
        Assert.Equal(2, check.Json.GetProperty("productsAdded").GetInt32());
        Assert.Equal(3, check.Json.GetProperty("variantsAdded").GetInt32());
        Assert.False(check.Json.GetProperty("applied").GetBoolean());
        Assert.Empty(await ProductsAsync(cooperative)); // a check saves nothing

        var apply = await ImportAsync(cooperative, csv, "san-pham.csv", apply: true);
        Assert.Equal(HttpStatusCode.OK, apply.Status);
        Assert.True(apply.Json.GetProperty("applied").GetBoolean());
        var products = await ProductsAsync(cooperative);
        Assert.Equal(2, products.Count);
        var macca = products.Single(p => p.GetProperty("name").GetString() == "Mắc ca sấy nứt vỏ");
        Assert.Equal("Published", macca.GetProperty("status").GetString());
        var edited = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/products/{macca.GetProperty("productId")}")).JsonAsync();
        var variants = edited.GetProperty("variants").EnumerateArray().ToList();
        Assert.Equal(2, variants.Count);
        var bag = variants.Single(v => v.GetProperty("unit").GetString() == "bag");
        Assert.Equal(450_000, bag.GetProperty("price").GetProperty("amount").GetInt64());
        Assert.Equal(500, bag.GetProperty("netWeightGrams").GetInt32());
        Assert.Equal([(10, 430_000L), (50, 410_000L)], bag.GetProperty("tiers").EnumerateArray()
            .Select(t => (t.GetProperty("minQuantity").GetInt32(), t.GetProperty("price").GetProperty("amount").GetInt64())));
        Assert.Matches("^[A-Z0-9]+(-[A-Z0-9]+)*-500G$", bag.GetProperty("sku").GetString()); // made for them
        Assert.Equal(2, variants.Single(v => v.GetProperty("unit").GetString() == "kg").GetProperty("minOrderQuantity").GetInt32());

        var again = await ImportAsync(cooperative, csv, "san-pham.csv", apply: true);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.False(again.Json.GetProperty("applied").GetBoolean());
        Assert.Equal(3, again.Json.GetProperty("linesUnchanged").GetInt32());
        Assert.Equal(0, again.Json.GetProperty("changes").GetArrayLength());
        var after = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/products/{macca.GetProperty("productId")}")).JsonAsync();
        Assert.Equal(
            variants.Select(v => v.GetProperty("version").GetGuid()),
            after.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("version").GetGuid()));
    }

    [Fact]
    public async Task TheExport_EditedInExcel_AndUploadedBack_ChangesWhatWasEdited_AndAddsALot()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        (await ImportAsync(cooperative, Csv(ProductHeadings, "Long nhãn Hưng Yên,Trái cây,,,,túi,500,180.000,30,,", "Long nhãn Hưng Yên,,,,,kg,,320.000,12,,"),
            "a.csv", apply: true)).AssertOk();

        using var template = await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/catalog/template?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var templateSheets = (await template.Content.ReadAsStreamAsync()).GetSheetNames();
        Assert.Equal(["Sản phẩm", "Lô hàng", "Hướng dẫn"], templateSheets);

        using var export = await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/catalog/export?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        var workbook = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: true, sheetName: "Sản phẩm").Cast<IDictionary<string, object?>>()
            .Select(r => new Dictionary<string, object?>(r, StringComparer.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("Trái cây", rows[0]["Danh mục"]);
        Assert.Equal("Bản nháp", rows[0]["Trạng thái"]);
        rows.Single(r => (string?)r["Đơn vị"] == "kg")["Giá (đ)"] = "299.000";
        rows.Single(r => (string?)r["Đơn vị"] == "túi")["Tồn kho"] = 55;
        var lots = new List<Dictionary<string, object?>>
        {
            new(StringComparer.Ordinal)
            {
                ["Tên sản phẩm"] = "long nhan hung yen", ["Mã lô"] = "LN-" + Guid.NewGuid().ToString("N")[..6], ["Ngày thu hoạch"] = new DateTime(2026, 8, 10),
                ["Hạn sử dụng"] = "10/08/2027", ["Xã, phường"] = "xã Hàm Tử", ["Tỉnh, thành"] = "hung yen", ["Sản lượng"] = "1.200", ["Đơn vị"] = "kg",
            },
        };
        var edited = Workbook(rows, lots);

        var applied = await ImportAsync(cooperative, edited, "sua.xlsx", apply: true);
        applied.AssertOk();
        Assert.Equal(2, applied.Json.GetProperty("variantsChanged").GetInt32());
        Assert.Equal(1, applied.Json.GetProperty("lotsAdded").GetInt32());
        Assert.Equal(0, applied.Json.GetProperty("productsAdded").GetInt32());
        var changes = applied.Json.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("what").GetString()).ToList();
        Assert.Contains(changes, c => c!.Contains("320.000 → 299.000", StringComparison.Ordinal));

        using var exportAgain = await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/catalog/export?format=products.csv");
        var text = await exportAgain.Content.ReadAsStringAsync();
        Assert.Contains(",kg,,299000,12,", text, StringComparison.Ordinal);
        Assert.Contains(",500,180000,55,", text, StringComparison.Ordinal);
        using var lotsCsv = await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/catalog/export?format=lots.csv");
        Assert.Contains("10/08/2026,10/08/2027,xã Hàm Tử,Hưng Yên,1200,kg", await lotsCsv.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A recorded lot does not change under a sheet, and a SKU of another cooperative is not taken over.
        lots[0]["Sản lượng"] = 900;
        var other = await factory.ApprovedCooperativeAsync();
        var sku = "VT-" + cooperative.Id.ToString("N")[..8];
        (await ImportAsync(other, Csv(ProductHeadings, $"Vải thiều,Trái cây,,,{sku},kg,,50000,1,,"), "v.csv", apply: true))
            .AssertOk();
        var taken = rows[0].Keys.ToDictionary(k => k, _ => (object?)null, StringComparer.Ordinal); // every row has every column
        (taken["Tên sản phẩm"], taken["Danh mục"], taken["Mã SKU"], taken["Đơn vị"], taken["Giá (đ)"]) =
            ("Vải thiều", "Trái cây", sku.ToLowerInvariant(), "kg", 60000);
        rows.Add(taken);
        rows[0]["Tồn kho"] = 70; // a count from the first export: the upload above has moved the variant on since
        rows[1]["Mua tối thiểu"] = "1.5"; // not 15
        var refused = await ImportAsync(cooperative, Workbook(rows, lots), "sua-lai.xlsx", apply: true);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        var errors = refused.Json.GetProperty("errors");
        Assert.Contains("không sửa được", errors.GetProperty("Lô hàng:2")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("hợp tác xã khác", errors.GetProperty("Sản phẩm:4")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Tồn kho đã đổi từ khi xuất bảng tính (nay còn 55)", errors.GetProperty("Sản phẩm:2")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("\"1.5\" không phải số nguyên", errors.GetProperty("Sản phẩm:3")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenThousandLines_WithTwentyPlantedErrors_GiveExactlyThoseTwenty_ChangeNothing_AndFixedApplyOnce()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var (products, lots) = BigCatalog(9_900, 100);
        var planted = Plant(products, lots);

        var refused = await ImportAsync(cooperative, Workbook(products, lots), "lon.xlsx", apply: true);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Empty(await ProductsAsync(cooperative));

        var check = await ImportAsync(cooperative, Workbook(products, lots), "lon.xlsx", apply: false);
        check.AssertOk();
        Assert.Equal(10_000, check.Json.GetProperty("lines").GetInt32());
        var problems = check.Json.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("sheet").GetString()!, p.GetProperty("line").GetInt32()))
            .ToList();
        Assert.Equal(planted.Select(p => (p.Sheet, p.Line)).Order(), problems.Order());
        // In plain words: no field of the code ("PriceVnd", "MinOrderQuantity") reaches the person.
        Assert.All(check.Json.GetProperty("problems").EnumerateArray(), p => Assert.DoesNotMatch(
            "Vnd|Grams|Quantity|Sku\\b|ProducedOn|ExpiresOn|CategoryId|Tiers", p.GetProperty("message").GetString()!));

        foreach (var (_, _, fix) in planted)
        {
            fix();
        }

        var applied = await ImportAsync(cooperative, Workbook(products, lots), "lon-da-sua.xlsx", apply: true);
        applied.AssertOk();
        Assert.Equal(1_980, applied.Json.GetProperty("productsAdded").GetInt32());
        Assert.Equal(9_900, applied.Json.GetProperty("variantsAdded").GetInt32());
        Assert.Equal(100, applied.Json.GetProperty("lotsAdded").GetInt32());
        Assert.Equal(1_980, (await ProductsAsync(cooperative)).Count);

        var twice = await ImportAsync(cooperative, Workbook(products, lots), "lon-da-sua.xlsx", apply: true);
        twice.AssertOk();
        Assert.False(twice.Json.GetProperty("applied").GetBoolean());
        Assert.Equal(10_000, twice.Json.GetProperty("linesUnchanged").GetInt32());
    }

    [Fact]
    public async Task FilesThatAreNotACatalog_AreRefusedInWords_AndOthersCannotTouchTheCatalog()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        foreach (var (bytes, name, says) in new (byte[], string, string)[]
        {
            ([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6], "hong.xlsx", "Không đọc được tệp Excel"),
            ([0xFF, 0xFE, 0x00, 0xD8, 0x41], "anh.csv", "UTF-8"),
            (Encoding.UTF8.GetBytes("sku,quantity\nA,1\n"), "don.csv", "Không thấy bảng sản phẩm"),
            (Encoding.UTF8.GetBytes("Tên sản phẩm,Giá,Giá (đ)\n"), "hai-cot.csv", "hai cột"),
            (Cooperatives.Pdf, "giay.pdf", "UTF-8"),
        })
        {
            var refused = await ImportAsync(cooperative, bytes, name, apply: true);
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
            Assert.Contains(says, refused.Json.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        }

        // Larger than any catalog: refused whole, before it is all read, not cut short.
        var wide = new Dictionary<string, object?>(StringComparer.Ordinal) { ["Tên sản phẩm"] = "Gừng", ["Giá (đ)"] = 1000 };
        for (var i = 0; i < 120; i++)
        {
            wide[$"Cột {i}"] = i;
        }

        var (_, oneLot) = BigCatalog(1, 1);
        var tooWide = await ImportAsync(cooperative, Workbook([wide], oneLot), "rong.xlsx", apply: false);
        Assert.Contains("cột", tooWide.Json.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        var (many, _) = BigCatalog(15_000, 0);
        var tooLong = await ImportAsync(cooperative, Workbook([.. many, .. many, .. many], oneLot), "dai.xlsx", apply: false);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.Contains("hơn 20.000 dòng", tooLong.Json.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);

        var other = await factory.ApprovedCooperativeAsync();
        var csv = Csv(ProductHeadings, "Gừng,Gia vị,,,,kg,,40000,10,,");
        Assert.Equal(HttpStatusCode.NotFound, (await ImportAsync(cooperative, csv, "g.csv", apply: true, into: other.Id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{other.Id}/catalog/export")).StatusCode);
        using var pdf = await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/catalog/export?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        Assert.Empty(await ProductsAsync(other));
    }

    [Fact]
    public async Task OnThePage_ACheckShowsTheChangesAndProblems_AndApplyingSavesThemAll()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var pages = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
        var sheetPage = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/products/sheet");
        Assert.Equal(200, sheetPage.Status);
        using var template = await pages.GetAsync(sheetPage.Document.QuerySelector("#sheet-template")!.GetAttribute("href"));
        Assert.Equal("mau-bang-tinh-san-pham.xlsx", template.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        var wrong = Csv(ProductHeadings, "Gạo nếp cái hoa vàng,Gạo và ngũ cốc,,,,túi,,95.000,20,,", "Gạo nếp cái hoa vàng,,,,,kg,,abc,10,,");
        var checkedPage = await Html.ParseAsync(await pages.SubmitMultipartAsync(
            sheetPage, "#sheet-form", new Dictionary<string, string>(), ("upload", "gao.csv", wrong)));
        Assert.Equal(2, checkedPage.Texts("#sheet-problems li").Count);
        Assert.Contains("Túi và thùng cần khối lượng tịnh", checkedPage.Text("#sheet-problems"), StringComparison.Ordinal);
        Assert.Contains("Không đọc được giá \"abc\"", checkedPage.Text("#sheet-problems"), StringComparison.Ordinal);
        Assert.Null(checkedPage.Document.QuerySelector("#apply-form"));

        var right = Csv(ProductHeadings, "Gạo nếp cái hoa vàng,Gạo và ngũ cốc,,,,túi,2000,95.000,20,,", "Gạo nếp cái hoa vàng,,,,,kg,,45.000,10,,");
        var ready = await Html.ParseAsync(await pages.SubmitMultipartAsync(
            checkedPage, "#sheet-form", new Dictionary<string, string>(), ("upload", "gao.csv", right)));
        Assert.Contains("thêm 1 sản phẩm", ready.Text("#sheet-summary"), StringComparison.Ordinal);
        Assert.Equal(3, ready.Texts("#sheet-changes li").Count);

        using var applied = await pages.SubmitAsync(ready, "#apply-form", new Dictionary<string, string>());
        var list = await Html.ParseAsync(applied); // redirected to the product list
        Assert.Equal($"/cooperatives/{cooperative.Id}/products", list.Url);
        Assert.Contains("Đã cập nhật danh mục: 1 sản phẩm mới", list.Text("#flash"), StringComparison.Ordinal);
        Assert.Contains("Gạo nếp cái hoa vàng", list.Text("#my-products"), StringComparison.Ordinal);

        // The ticket was for one apply: the file is gone after it.
        using var replay = await pages.SubmitAsync(ready, "#apply-form", new Dictionary<string, string>());
        Assert.Contains("Tệp đã kiểm tra không còn", (await Html.ParseAsync(replay)).Text(".errors"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABoxColumn_SetsTheVariantsBox_ABlankKeepsIt_NoneTakesItOff_AndOneThatCannotBeReadIsNamed()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        const string Headings = ProductHeadings + ",Hộp đóng gói (cm)";
        (await ImportAsync(cooperative, Csv(Headings, "Long nhãn sấy,Trái cây,,,,túi,500,180.000,30,,,40 x 30 x 20"), "a.csv", apply: true)).AssertOk();
        async Task<JsonElement> VariantAsync()
        {
            var id = (await ProductsAsync(cooperative)).Single().GetProperty("productId").GetGuid();
            return (await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/products/{id}")).JsonAsync()).GetProperty("variants")[0];
        }

        Assert.Equal(40 * 30 * 20, Volume((await VariantAsync()).GetProperty("box")));

        // The export writes it as the page shows it; a sheet without the column, or with the cell blank, keeps it.
        using (var export = await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/catalog/export?format=products.csv"))
        {
            Assert.Contains(",40×30×20,", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        (await ImportAsync(cooperative, Csv(ProductHeadings, "Long nhãn sấy,,,,,túi,500,190.000,,,"), "b.csv", apply: true)).AssertOk();
        (await ImportAsync(cooperative, Csv(Headings, "Long nhãn sấy,,,,,túi,500,190.000,,,"), "c.csv", apply: true)).AssertOk();
        Assert.Equal(24_000, Volume((await VariantAsync()).GetProperty("box")));

        // Two sides: said on its line and column, nothing saved.
        var refused = await ImportAsync(cooperative, Csv(Headings, "Long nhãn sấy,,,,,túi,500,190.000,,,,40x30"), "d.csv", apply: true);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("Không đọc được hộp \"40x30\"", refused.Json.GetProperty("errors").GetProperty("CSV:2")[0].GetString(), StringComparison.Ordinal);

        // "không" takes it off, and the change says so.
        var off = await ImportAsync(cooperative, Csv(Headings, "Long nhãn sấy,,,,,túi,500,190.000,,,,không"), "e.csv", apply: true);
        off.AssertOk();
        Assert.Contains(off.Json.GetProperty("changes").EnumerateArray(), c => c.GetProperty("what").GetString()!.Contains("hộp —", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, (await VariantAsync()).GetProperty("box").ValueKind);

        static int Volume(JsonElement box) =>
            box.GetProperty("lengthCm").GetInt32() * box.GetProperty("widthCm").GetInt32() * box.GetProperty("heightCm").GetInt32();
    }

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    private static byte[] Workbook(List<Dictionary<string, object?>> products, List<Dictionary<string, object?>> lots)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["Sản phẩm"] = products, ["Lô hàng"] = lots });
        return stream.ToArray();
    }

    /// <summary>Products of five variants each (two bags, kg, yến, a box) and lots of the first products.</summary>
    private static (List<Dictionary<string, object?>> Products, List<Dictionary<string, object?>> Lots) BigCatalog(int lines, int lotLines)
    {
        var packs = new (string Unit, int? Grams, long Price)[]
        {
            ("túi", 500, 120_000), ("túi", 1000, 230_000), ("kg", null, 220_000), ("yến", null, 2_100_000), ("thùng", 10_000, 2_000_000),
        };
        var products = new List<Dictionary<string, object?>>();
        for (var i = 0; i < lines; i++)
        {
            var (unit, grams, price) = packs[i % packs.Length];
            products.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["Tên sản phẩm"] = $"Chè Shan Tuyết số {i / packs.Length + 1}",
                ["Danh mục"] = i % packs.Length == 0 ? "Trà xanh" : null,
                ["Mô tả"] = i % packs.Length == 0 ? "Chè cổ thụ trên núi cao." : null,
                ["Trạng thái"] = null,
                ["Mã SKU"] = null,
                ["Đơn vị"] = unit,
                ["Khối lượng tịnh (g)"] = grams,
                ["Giá (đ)"] = price,
                ["Tồn kho"] = 10 + i % 90,
                ["Mua tối thiểu"] = null,
                ["Giá sỉ"] = i % 7 == 0 ? $"10: {price * 9 / 10:N0}".Replace(',', '.') : null,
            });
        }

        var lots = Enumerable.Range(0, lotLines).Select(i => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Tên sản phẩm"] = $"Chè Shan Tuyết số {i + 1}",
            ["Mã lô"] = $"ST-{Guid.NewGuid():N}"[..16],
            ["Ngày thu hoạch"] = "05/09/2026",
            ["Hạn sử dụng"] = "05/09/2028",
            ["Xã, phường"] = "xã Suối Giàng",
            ["Tỉnh, thành"] = "Lào Cai",
            ["Sản lượng"] = 500,
            ["Đơn vị"] = "kg",
            ["Ghi chú"] = null,
        }).ToList();
        return (products, lots);
    }

    /// <summary>Twenty lines made wrong in twenty ways, each with the fix that puts it right; lines count from 2 (row 1 holds the headings).</summary>
    private static List<(string Sheet, int Line, Action Fix)> Plant(List<Dictionary<string, object?>> products, List<Dictionary<string, object?>> lots)
    {
        var planted = new List<(string, int, Action)>();
        void Product(int index, string column, object? wrong)
        {
            var row = products[index];
            var right = row[column];
            row[column] = wrong;
            planted.Add(("Sản phẩm", index + 2, () => row[column] = right));
        }

        void Lot(int index, string column, object? wrong)
        {
            var row = lots[index];
            var right = row[column];
            row[column] = wrong;
            planted.Add(("Lô hàng", index + 2, () => row[column] = right));
        }

        Product(101, "Giá (đ)", "abc");
        Product(202, "Đơn vị", "lít");
        Product(304, "Khối lượng tịnh (g)", null); // a box without its weight
        Product(404, "Tồn kho", "-5");
        Product(505, "Giá sỉ", "10: 999.000"); // above the price
        Product(601, "Danh mục", "Đồ điện");
        Product(707, "Trạng thái", "bán chạy");
        Product(808, "Mã SKU", "MÃ 1");
        Product(1_201, "Tên sản phẩm", null);
        Product(1_302, "Mua tối thiểu", "0");
        Product(1_403, "Giá sỉ", "10-330");
        Product(1_504, "Giá (đ)", "0");
        Product(2_002, "Tên sản phẩm", new string('C', 201)); // a product of its own, named too long
        products[2_002]["Danh mục"] = "Trà xanh"; // (so its only problem is the name; once fixed, it agrees with its product)
        Product(3_001, "Mô tả", "Khác với dòng đầu của sản phẩm."); // disagrees with its product's first line
        var sku = "TRUNG-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        products[4_102]["Mã SKU"] = sku;
        Product(4_103, "Mã SKU", sku); // the same SKU twice: the second line is the problem
        Lot(10, "Ngày thu hoạch", "31/02/2026");
        Lot(20, "Hạn sử dụng", null);
        Lot(20, "Ngày thu hoạch", DateTime.Today.AddDays(30).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)); // in the future
        planted.RemoveAt(planted.Count - 2); // one line, one problem (with no expiry, the future date is all that is wrong)
        Lot(30, "Hạn sử dụng", "01/01/2026");
        Lot(40, "Tên sản phẩm", "Chè không có");
        Lot(50, "Tỉnh, thành", "Hà Tây");
        return planted;
    }

    private static async Task<List<JsonElement>> ProductsAsync(TestCooperative cooperative) =>
        (await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/products")).JsonAsync()).EnumerateArray().ToList();

    private static async Task<Answer> ImportAsync(TestCooperative cooperative, byte[] file, string name, bool apply, Guid? into = null)
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(file), "file", name } };
        using var response = await cooperative.Owner.PostAsync(
            $"/api/v1/cooperatives/{into ?? cooperative.Id}/catalog/import?apply={(apply ? "true" : "false")}", content);
        var body = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone(), body);
    }

    private sealed record Answer(HttpStatusCode Status, JsonElement Json, string Body)
    {
        public void AssertOk() => Assert.True(Status == HttpStatusCode.OK, $"{(int)Status}: {Body[..Math.Min(Body.Length, 2000)]}");
    }
}
