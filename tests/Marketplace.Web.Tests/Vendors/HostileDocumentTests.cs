using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Vendors;

/// <summary>
/// Certificate scans (and, through the same rule, application documents) judged by their
/// content: files that only claim to be a PDF or a picture are refused, real ones are kept as
/// written anew by the server, under a name the server makes, whatever name they came with.
/// </summary>
public sealed class HostileDocumentTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    public static TheoryData<string, string, byte[]> HostileFiles()
    {
        var pdf = Cooperatives.Pdf;
        var jpeg = Jpeg();
        return new TheoryData<string, string, byte[]>
        {
            { "header only", "chung-nhan.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n") },
            { "text claiming to be a PDF", "chung-nhan.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 this is not a PDF at all") },
            { "PDF header, HTML body", "chung-nhan.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n<html><script>alert(1)</script></html>") },
            { "PDF header, random bytes", "chung-nhan.pdf", [.. "%PDF-1.5\n"u8, .. RandomBytes(4_000)] },
            { "a truncated PDF", "chung-nhan.pdf", pdf[..(pdf.Length / 3)] },
            { "a PDF of 60 pages", "chung-nhan.pdf", Cooperatives.PdfOfPages(60) },
            {
                "deeply nested PDF objects", "chung-nhan.pdf",
                Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n" + new string('[', 200_000) + "\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            },
            { "JPEG marker, garbage after", "scan.jpg", [0xFF, 0xD8, 0xFF, 0xE0, .. RandomBytes(2_000)] },
            { "a truncated JPEG", "scan.jpg", jpeg[..64] },
            { "PNG signature, garbage after", "scan.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. RandomBytes(2_000)] },
            { "an empty file", "chung-nhan.pdf", [] },
            { "HTML named .pdf", "chung-nhan.pdf", Encoding.UTF8.GetBytes("<!doctype html><script>document.location='https://evil.example'</script>") },
            { "SVG with a script named .png", "scan.png", Encoding.UTF8.GetBytes("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>") },
            { "ZIP named .pdf", "chung-nhan.pdf", [0x50, 0x4B, 0x03, 0x04, .. RandomBytes(500)] },
            { "Windows program named .png", "scan.png", [0x4D, 0x5A, 0x90, 0x00, .. RandomBytes(500)] },
            { "GIF named .jpg", "scan.jpg", Encoding.ASCII.GetBytes("GIF89a\x01\x00\x01\x00\x00\x00\x00;") },
            { "ELF program named .pdf", "chung-nhan.pdf", [0x7F, 0x45, 0x4C, 0x46, .. RandomBytes(500)] },
            { "UTF-16 text saying %PDF", "chung-nhan.pdf", Encoding.Unicode.GetBytes("%PDF-1.4 hello") },
            { "over 5 MB", "chung-nhan.pdf", [.. pdf, .. new byte[5 * 1024 * 1024]] },
            { "a PNG whose header claims 100000×100000 pixels", "scan.png", HugePngHeader() },
        };
    }

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task AFileThatIsNotWhatItClaims_IsRefused_AndNothingIsKept(string what, string fileName, byte[] content)
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        using var response = await cooperative.Owner.PostAsync($"/api/v1/cooperatives/{cooperative.Id}/certificates", Form(fileName, content));

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{what}: {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var certificates = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/certificates")).JsonAsync();
        Assert.Empty(certificates.EnumerateArray());
    }

    [Theory]
    [InlineData("../../../etc/passwd.pdf")]
    [InlineData("C:\\fakepath\\chung-nhan.pdf")]
    [InlineData("/var/lib/marketplace/chung-nhan.pdf")]
    [InlineData("chung\u0000nhan\r\nX-Injected: 1.pdf")]
    [InlineData("hoa-don\u202Efdp.exe")]
    [InlineData("%2e%2e%2f%2e%2e%2fsecret.pdf")]
    [InlineData("<img src=x onerror=alert(1)>.pdf")]
    public async Task ARealDocumentWithAHostileName_IsKeptUnderANameOfOurs_AndTheNameIsNeverEchoed(string fileName)
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var polyglot = Cooperatives.Pdf.Concat("PK\u0003\u0004 a zip glued to the end"u8.ToArray()).ToArray();
        using var response = await cooperative.Owner.PostAsync($"/api/v1/cooperatives/{cooperative.Id}/certificates", Form(fileName, polyglot));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var certificate = await response.JsonAsync();
        Assert.Equal("chung-nhan.pdf", certificate.GetProperty("fileName").GetString());
        Assert.DoesNotContain("passwd", body, StringComparison.Ordinal);
        Assert.DoesNotContain("fakepath", body, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", body, StringComparison.Ordinal);

        var page = await (await factory.SignedInPagesAsync(cooperative.OwnerEmail)).GetStringAsync($"/cooperatives/{cooperative.Id}/certificates");
        Assert.Contains("chung-nhan.pdf", page, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatIsKept_IsTheDocumentWrittenAnew_WithoutWhatRodeAlong()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var polyglot = Cooperatives.Pdf.Concat("<script>alert(1)</script>PK\u0003\u0004"u8.ToArray()).ToArray();
        using var response = await cooperative.Owner.PostAsync($"/api/v1/cooperatives/{cooperative.Id}/certificates", Form("chung-nhan.pdf", polyglot));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("certificateId").GetGuid();

        var kept = await cooperative.Owner.GetByteArrayAsync($"/api/v1/cooperatives/certificates/{id}/document");
        Assert.DoesNotContain("<script>", Encoding.Latin1.GetString(kept), StringComparison.Ordinal);
        using var document = UglyToad.PdfPig.PdfDocument.Open(kept);
        Assert.Equal(1, document.NumberOfPages);
    }

    private static MultipartFormDataContent Form(string fileName, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"file\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}");
        return new MultipartFormDataContent
        {
            { new StringContent("VietGap"), "kind" },
            { new StringContent("VietGAP-TT-01-0001"), "number" },
            { new StringContent("QUACERT"), "issuer" },
            { new StringContent("2026-01-01"), "issuedOn" },
            { new StringContent("2028-01-01"), "expiresOn" },
            file,
        };
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(count).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Jpeg()
    {
        using var bitmap = new SkiaSharp.SKBitmap(40, 30);
        bitmap.Erase(SkiaSharp.SKColors.ForestGreen);
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        return image.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 80).ToArray();
    }

    private static byte[] HugePngHeader()
    {
        // Signature, then an IHDR chunk for 100000 × 100000 RGBA: decoding it would need 40 GB.
        byte[] ihdr = [0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 1, 0x86, 0xA0, 0, 1, 0x86, 0xA0, 8, 6, 0, 0, 0];
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. ihdr, 0, 0, 0, 0, .. RandomBytes(100)];
    }
}
