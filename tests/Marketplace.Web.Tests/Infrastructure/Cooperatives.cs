using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Marketplace.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>A cooperative taken through the API from application to an approved storefront.</summary>
public sealed record TestCooperative(Guid Id, string Slug, string Name, string TaxCode, HttpClient Owner, string OwnerEmail);

public static class Cooperatives
{
    /// <summary>The smallest file that starts like a PDF: what the upload checks is the content, not the name.</summary>
    /// <summary>A real one-page PDF (uploads are opened and checked), made by PDFsharp.</summary>
    public static readonly byte[] Pdf = PdfOfPages(1);

    public static byte[] PdfOfPages(int pages)
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        for (var i = 0; i < pages; i++)
        {
            document.AddPage();
        }

        using var written = new MemoryStream();
        document.Save(written, closeStream: false);
        return written.ToArray();
    }

    /// <summary>A certificate's upload form, as the cooperative's page posts it (a one-page PDF unless given).</summary>
    public static MultipartFormDataContent CertificateForm(
        string kind, string? stars, string issuedOn, string expiresOn, byte[]? file = null, string number = "VietGAP-TT-01-0001", Guid? productId = null)
    {
        var content = new ByteArrayContent(file ?? Cooperatives.Pdf);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var form = new MultipartFormDataContent
        {
            { new StringContent(kind), "kind" },
            { new StringContent(number), "number" },
            { new StringContent("Trung tâm Chứng nhận Phù hợp (QUACERT)"), "issuer" },
            { new StringContent(issuedOn), "issuedOn" },
            { new StringContent(expiresOn), "expiresOn" },
            { content, "file", "chung-nhan.pdf" },
        };
        if (stars is not null)
        {
            form.Add(new StringContent(stars), "ocopStars");
        }

        if (productId is not null)
        {
            form.Add(new StringContent(productId.Value.ToString()), "productId");
        }

        return form;
    }

    public static MultipartFormDataContent ApplicationForm(string name, string taxCode, params (string FileName, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(name), "legalName" },
            { new StringContent("HTX-01/ĐK"), "registrationNumber" },
            { new StringContent(taxCode), "taxCode" },
            { new StringContent("Thái Nguyên"), "province" },
            { new StringContent("xã Như Cố"), "commune" },
            { new StringContent("thôn Bản Chang, xã Như Cố"), "address" },
            { new StringContent("Triệu Thị Mai"), "contactPerson" },
            { new StringContent("0912 345 678"), "phone" },
            { new StringContent("lienhe@htx-thu.vn"), "email" },
            { new StringContent("Hợp tác xã thử nghiệm."), "story" },
        };
        foreach (var (fileName, content) in files.Length == 0 ? [("giay-dang-ky.pdf", Pdf)] : files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "documents", fileName);
        }

        return form;
    }

    /// <summary>A new person applies for a cooperative; the application waits for an admin.</summary>
    public static async Task<TestCooperative> ApplyAsync(this MarketplaceFactory factory, string? name = null)
    {
        var (owner, email) = await factory.NewPersonAsync("chu");
        name ??= $"HTX Thử Nghiệm {Guid.NewGuid().ToString("N")[..8]}";
        var taxCode = TestTaxCodes.Next();
        using var form = ApplicationForm(name, taxCode);
        using var response = await owner.PostAsync("/api/v1/cooperatives/applications", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("cooperativeId").GetGuid();
        var application = await (await owner.GetAsync($"/api/v1/cooperatives/{id}/application")).JsonAsync();
        return new TestCooperative(id, application.GetProperty("slug").GetString()!, name, taxCode, owner, email);
    }

    /// <summary>A new cooperative, applied for and approved by the demo admin.</summary>
    public static async Task<TestCooperative> ApprovedCooperativeAsync(this MarketplaceFactory factory, string? name = null)
    {
        var cooperative = await factory.ApplyAsync(name);
        using var approved = await (await factory.AdminAsync()).DecideAsync(cooperative.Id, "Approve");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        // The catalog learns of the approval through the outbox, a moment later (now, where the
        // test holds the outbox).
        if (!factory.OutboxEnabled)
        {
            await factory.DrainOutboxesAsync();
        }

        await People.EventuallyAsync(
            async () =>
            {
                await using var scope = factory.CreateScope();
                var catalog = scope.ServiceProvider.GetRequiredService<Marketplace.Catalog.Data.CatalogDbContext>();
                return await catalog.Sellers.AnyAsync(s => s.CooperativeId == CooperativeId.From(cooperative.Id) && s.IsActive);
            },
            "the catalog to record the approved seller");
        return cooperative;
    }

    public static Task<HttpResponseMessage> DecideAsync(this HttpClient admin, Guid cooperativeId, string decision, string? reason = null) =>
        admin.PostAsJsonAsync($"/api/v1/admin/cooperatives/{cooperativeId}/decisions", new { decision, reason });

    public static object StorefrontEdit(string name, string? slug = null) => new
    {
        name,
        slug,
        tagline = "Nông sản sạch từ Như Cố",
        story = "Câu chuyện của hợp tác xã.",
        storyEnglish = "The cooperative's story.",
        contactPerson = "Triệu Thị Mai",
        phone = "0912 345 678",
        email = "lienhe@htx-thu.vn",
        province = "Thái Nguyên",
        commune = "xã Như Cố",
        address = "thôn Bản Chang, xã Như Cố",
    };
}
