using System.Text.Json;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>A part's invoice as its buyer downloads it, read back as the words on its pages.</summary>
public static class Invoices
{
    public static async Task<string> InvoiceTextAsync(this HttpClient buyer, JsonElement order, JsonElement part)
    {
        ArgumentNullException.ThrowIfNull(buyer);
        using var response = await buyer.GetAsync(
            $"/api/v1/orders/{order.GetProperty("orderId").GetGuid()}/parts/{part.GetProperty("partId").GetGuid()}/invoice.pdf");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
