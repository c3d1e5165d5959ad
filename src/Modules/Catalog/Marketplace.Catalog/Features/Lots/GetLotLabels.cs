using System.Globalization;
using FluentValidation;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Printing;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Catalog.Features.Lots;

/// <summary>
/// A PDF of labels for one lot, for the cooperative's own people: draft or published, the
/// label carries what the package must say and the QR code of the lot's public page (which
/// answers once the product is published).
/// </summary>
internal sealed record GetLotLabelsQuery(ProductId ProductId, UserId PersonId, string Code, string? Size, int? Copies, VariantId? VariantId)
    : IQuery<Result<LotLabels>>;

internal sealed record LotLabels(string FileName, byte[] Pdf);

internal sealed class GetLotLabelsValidator : AbstractValidator<GetLotLabelsQuery>
{
    public const int MaxCopies = 500;

    public GetLotLabelsValidator()
    {
        RuleFor(q => q.Size)
            .Must(size => size is null || LotLabelSize.Find(size) is not null)
            .WithMessage(_ => Bilingual.Pick(
                $"Khổ nhãn phải là một trong: {string.Join(", ", LotLabelSize.All.Select(s => s.Name))}.",
                $"The label size must be one of: {string.Join(", ", LotLabelSize.All.Select(s => s.Name))}."));
        RuleFor(q => q.Copies)
            .InclusiveBetween(1, MaxCopies)
            .When(q => q.Copies is not null)
            .WithName(_ => Bilingual.Pick("Số nhãn", "Copies"));
    }
}

internal sealed class GetLotLabelsHandler(CatalogDbContext db, ISender sender, PublicSite site, IOptions<PdfFontOptions> fonts)
    : IQueryHandler<GetLotLabelsQuery, Result<LotLabels>>
{
    public async ValueTask<Result<LotLabels>> Handle(GetLotLabelsQuery query, CancellationToken cancellationToken)
    {
        var product = await db.FindManagedAsync(sender, query.ProductId, query.PersonId, cancellationToken);
        if (product is null)
        {
            return ProductAccess.NotFound();
        }

        var code = query.Code.Trim().ToUpperInvariant();
        var lot = await db.Lots.AsNoTracking().SingleOrDefaultAsync(l => l.ProductId == product.Id && l.Code == code, cancellationToken);
        if (lot is null)
        {
            return Error.NotFound("lot.not_found", Bilingual.Pick($"Không tìm thấy lô hàng {code}.", $"No lot {code}."));
        }

        var variant = query.VariantId is { } variantId
            ? product.Variants.SingleOrDefault(v => v.Id == variantId)
            : product.Variants.OrderBy(v => v.Position).FirstOrDefault();
        if (query.VariantId is not null && variant is null)
        {
            return Error.NotFound("variant.not_found", Bilingual.Pick("Không tìm thấy loại hàng này.", "No such variant."));
        }

        if (!PdfFonts.TryInstall(fonts.Value))
        {
            return Error.Unavailable("labels.no_font", Bilingual.Pick(
                "Máy chủ thiếu phông chữ tiếng Việt để in nhãn (cài gói fonts-dejavu-core hoặc đặt Invoices:FontPath).",
                "The server has no font with Vietnamese letters to print labels (install fonts-dejavu-core or set Invoices:FontPath)."));
        }

        var seller = await sender.Send(new GetSellerDetailsQuery(product.CooperativeId), cancellationToken);
        var badges = (await sender.Send(new GetCertificationBadgesQuery([product.CooperativeId]), cancellationToken))
            .GetValueOrDefault(product.CooperativeId)?.For(product.Id) ?? [];
        var content = new LotLabelContent(
            product.Name,
            seller?.Name ?? string.Empty,
            lot.Code,
            lot.ProducedOn,
            lot.ExpiresOn,
            variant is null ? null : NetQuantity(variant),
            $"{lot.Commune}, {lot.Province}",
            badges.Count == 0 ? null : string.Join(" · ", badges.Select(Badge)),
            site.Link($"/lots/{Uri.EscapeDataString(lot.Code)}"));
        var size = LotLabelSize.Find(query.Size) ?? LotLabelSize.All[0];
        var copies = query.Copies ?? size.PerPage;
        return new LotLabels($"nhan-{lot.Code}-{size.Name}.pdf", LotLabelPdf.Render(content, size, copies));
    }

    /// <summary>The package's net weight: the variant's own, else what its unit weighs; a bag or box without one says nothing.</summary>
    private static string? NetQuantity(Variant variant)
    {
        var grams = variant.NetWeightGrams ?? variant.Unit switch
        {
            SaleUnit.Gram => 1,
            SaleUnit.Kilogram => 1_000,
            SaleUnit.Yen => 10_000,
            SaleUnit.Ta => 100_000,
            SaleUnit.Tan => 1_000_000,
            _ => (int?)null,
        };
        var vietnamese = CultureInfo.GetCultureInfo("vi-VN");
        return grams switch
        {
            null => null,
            < 1_000 => $"{grams} g",
            _ => $"{(grams.Value / 1000m).ToString("0.###", vietnamese)} kg",
        };
    }

    private static string Badge(CertificationBadge badge) => badge.Kind switch
    {
        CertificationKind.VietGap => "VietGAP",
        CertificationKind.GlobalGap => "GlobalGAP",
        CertificationKind.Organic => "Hữu cơ",
        CertificationKind.Ocop => badge.OcopStars is { } stars ? $"OCOP {stars} sao" : "OCOP",
        _ => badge.Kind.ToString(),
    };
}
