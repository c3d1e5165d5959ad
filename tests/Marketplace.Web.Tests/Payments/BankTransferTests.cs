using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Marketplace.Payments.BankTransfer;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Payments;

/// <summary>
/// Bank transfer: a reference and a VietQR code per order (read back as EMVCo fields and from the
/// image itself), an admin recording the transfer, and the bank statement matched to orders.
/// </summary>
public sealed class BankTransferTests(MarketplaceWithStripeFactory factory) : IClassFixture<MarketplaceWithStripeFactory>
{
    /// <summary>EMVCo's merchant-presented format, read field by field: two digits of id, two of length, the value.</summary>
    private static Dictionary<string, string> Fields(string data)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var at = 0; at < data.Length;)
        {
            var id = data.Substring(at, 2);
            var length = int.Parse(data.AsSpan(at + 2, 2), CultureInfo.InvariantCulture);
            fields.Add(id, data.Substring(at + 4, length));
            at += 4 + length;
        }

        return fields;
    }

    private static MultipartFormDataContent Statement(string csv, Encoding? encoding = null)
    {
        var file = new ByteArrayContent((encoding ?? Encoding.UTF8).GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "saoke.csv" } };
    }

    [Fact]
    public async Task ABankTransferOrder_HasAReferenceAndAVietQrCode_ThatAnEmvcoReaderReadsBack()
    {
        var tea = await factory.Listing().Priced(180_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("BankTransfer", (tea, 2));
        Assert.Equal("Awaiting", order.GetProperty("paymentState").GetString());
        var payment = await (await shopper.GetAsync($"/api/v1/orders/{order.Id()}/payment")).JsonAsync();
        var reference = payment.GetProperty("reference").GetString()!;
        Assert.Equal(order.GetProperty("number").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal), reference);
        var transfer = payment.GetProperty("bankTransfer");
        var payload = transfer.GetProperty("vietQrPayload").GetString()!;

        var fields = Fields(payload);
        Assert.Equal("01", fields["00"]);
        Assert.Equal("12", fields["01"]);
        var merchant = Fields(fields["38"]);
        Assert.Equal("A000000727", merchant["00"]);
        Assert.Equal("QRIBFTTA", merchant["02"]);
        var beneficiary = Fields(merchant["01"]);
        Assert.Equal(transfer.GetProperty("bankBin").GetString(), beneficiary["00"]);
        Assert.Equal(transfer.GetProperty("accountNumber").GetString(), beneficiary["01"]);
        Assert.Equal("704", fields["53"]);
        Assert.Equal(order.GetProperty("total").Amount().ToString(CultureInfo.InvariantCulture), fields["54"]);
        Assert.Equal("VN", fields["58"]);
        Assert.Equal(reference, Fields(fields["62"])["08"]);
        Assert.Equal(VietQr.Crc16Ccitt(Encoding.ASCII.GetBytes(payload[..^4])).ToString("X4", CultureInfo.InvariantCulture), fields["63"]);
        Assert.EndsWith("6304" + fields["63"], payload, StringComparison.Ordinal);

        using var png = await shopper.GetAsync($"/api/v1/orders/{order.Id()}/payment/vietqr.png");
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal(payload, QrCodes.Read(await png.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task TheBanksStatement_IsMatchedByReferenceAndAmount_AndWhatIsNotMatchedIsListed()
    {
        var macadamia = await factory.Listing().Priced(250_000).BuildAsync();
        var longan = await factory.Listing().Priced(150_000).BuildAsync();
        var (shopperA, paid) = await factory.OrderAsync("BankTransfer", (macadamia, 1));
        var (_, short_) = await factory.OrderAsync("BankTransfer", (longan, 1));
        var referenceA = paid.GetProperty("number").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal);
        var referenceB = short_.GetProperty("number").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal);
        var amountA = paid.GetProperty("total").Amount();
        var amountB = short_.GetProperty("total").Amount();
        var csv = string.Join("\r\n",
            "Ngày giao dịch,Số tiền ghi có,Nội dung",
            $"26/11/2026,\"{amountA.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.')}\","
                + $"MBVCB.8812345.{referenceA[..9].ToLowerInvariant()} {referenceA[9..].ToLowerInvariant()}.CT tu 0451000123 TRAN THU HA",
            $"26/11/2026,{amountB - 1_000},{referenceB} chuyen tien hang",
            "26/11/2026,150000,HTX2611269999ZZZZ thanh toan",
            "26/11/2026,-22000,Phi quan ly tai khoan",
            "26/11/2026,nam tram,Tien hang khong ghi ma");
        var admin = await factory.AdminAsync();

        var result = await (await admin.PostAsync("/api/v1/admin/bank-statements", Statement(csv))).JsonAsync();
        Assert.Equal(5, result.GetProperty("lines").GetInt32());
        Assert.Equal(1, result.GetProperty("matched").GetInt32());
        var outcomes = result.GetProperty("outcomes").EnumerateArray().ToList();
        Assert.True(outcomes[0].GetProperty("matched").GetBoolean());
        Assert.Equal(paid.GetProperty("number").GetString(), outcomes[0].GetProperty("orderNumber").GetString());
        Assert.All(outcomes.Skip(1), o => Assert.False(o.GetProperty("matched").GetBoolean()));
        Assert.All(outcomes.Skip(1), o => Assert.False(string.IsNullOrEmpty(o.GetProperty("problem").GetString())));
        await shopperA.WaitForPaymentStateAsync(paid.Id(), "Paid");

        // The same statement again books nothing twice.
        var again = await (await admin.PostAsync("/api/v1/admin/bank-statements", Statement(csv))).JsonAsync();
        Assert.Equal(0, again.GetProperty("matched").GetInt32());

        // The short transfer is recorded by hand once the rest arrives; a wrong amount is refused.
        using var wrong = await admin.PostAsJsonAsync($"/api/v1/admin/payments/{short_.Id()}/transfer-received", new { amountVnd = amountB - 1_000 });
        Assert.Equal(HttpStatusCode.Conflict, wrong.StatusCode);
        Assert.Equal("payment.amount_differs", (await wrong.JsonAsync()).GetProperty("code").GetString());
        using var right = await admin.PostAsJsonAsync($"/api/v1/admin/payments/{short_.Id()}/transfer-received", new { amountVnd = amountB });
        Assert.Equal("Succeeded", (await right.JsonAsync()).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("Ngay,Tien\r\n26/11/2026,1000\r\n", "utf-8")]
    [InlineData("Ngày giao dịch,Số tiền,Nội dung\r\n26/11/2026,1000,Tiền hàng\r\n", "windows-1258")]
    [InlineData("", "utf-8")]
    public async Task AStatementWithoutItsColumns_InAnotherEncoding_OrEmpty_IsRefusedWithAReason(string csv, string encoding)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var admin = await factory.AdminAsync();
        using var response = await admin.PostAsync("/api/v1/admin/bank-statements", Statement(csv, Encoding.GetEncoding(encoding)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out var messages), problem.ToString());
        Assert.NotEmpty(messages.EnumerateArray());
    }

    [Fact]
    public async Task OnlyAnAdmin_ImportsStatementsAndRecordsTransfers()
    {
        var tea = await factory.Listing().BuildAsync();
        var (shopper, order) = await factory.OrderAsync("BankTransfer", (tea, 1));
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await shopper.PostAsJsonAsync(
                $"/api/v1/admin/payments/{order.Id()}/transfer-received", new { amountVnd = order.GetProperty("total").Amount() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await shopper.PostAsync("/api/v1/admin/bank-statements", Statement("a,b\r\n"))).StatusCode);
        Assert.Equal("Awaiting", (await shopper.OrderOfAsync(order.Id())).GetProperty("paymentState").GetString());
    }

    [Fact]
    public async Task TheOrderPage_ShowsTheQrCodeTheAmountAndTheReference()
    {
        var (shopper, buyer) = await factory.NewPersonAsync("xem");
        var ginger = await factory.Listing().SoldPer("kg", null).Priced(45_000).BuildAsync();
        (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = ginger.VariantId, quantity = 1 })).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new
            {
                recipient = "Trần Thu Hà",
                phone = "0903123456",
                province = "Đà Nẵng",
                commune = "phường Hải Châu",
                street = "5 Bạch Đằng",
                paymentMethod = "BankTransfer"
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var order = await (await shopper.SendAsync(request)).JsonAsync();

        var pages = await factory.SignedInPagesAsync(buyer);
        var page = await pages.GetPageAsync($"/orders/{order.Id()}");
        Assert.Equal(
            order.GetProperty("number").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal),
            page.Document.QuerySelector("#transfer-reference")!.TextContent);
        Assert.Contains(
            order.GetProperty("total").Amount().ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.'),
            page.Document.QuerySelector("#transfer-amount")!.TextContent,
            StringComparison.Ordinal);
        using var image = await pages.GetAsync(page.Document.QuerySelector("#vietqr")!.GetAttribute("src"));
        Assert.Equal(page.Document.QuerySelector("#vietqr-payload")!.TextContent, QrCodes.Read(await image.Content.ReadAsByteArrayAsync()));
    }
}
