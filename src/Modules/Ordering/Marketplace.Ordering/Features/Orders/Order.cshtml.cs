using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Features.Invoices;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Orders;

/// <summary>A shopper's order: each cooperative's part with its state, tracking and timeline.</summary>
[Authorize]
internal sealed class OrderModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    public OrderView? Order { get; private set; }

    public PaymentView? Payment { get; private set; }

    /// <summary>The lines already reviewed: each is reviewed once.</summary>
    public IReadOnlySet<(OrderPartId PartId, VariantId VariantId)> Reviewed { get; private set; } = new HashSet<(OrderPartId, VariantId)>();

    public async Task<IActionResult> OnPostReviewAsync(
        OrderId id, OrderPartId partId, VariantId variantId, int stars, [FromForm(Name = "text")] string? reviewText, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new Marketplace.Catalog.Contracts.WriteReviewCommand(partId, variantId, User.UserId(), User.Email(), stars, reviewText ?? string.Empty,
                User.DisplayName()),
            cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["reviews.thanks"].Value;
            return RedirectToPage(new { id });
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetAsync(OrderId id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetInvoiceAsync(OrderId id, OrderPartId partId, CancellationToken cancellationToken)
    {
        var invoice = await sender.Send(new GetInvoiceQuery(id, partId, User.UserId()), cancellationToken);
        if (invoice.IsSuccess)
        {
            return File(invoice.Value.Pdf, "application/pdf", invoice.Value.FileName);
        }

        if (invoice.Error!.Type == Marketplace.SharedKernel.Results.ErrorType.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(invoice.Error, string.Empty, _ => string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>The bank transfer's VietQR code, for the banking app to scan.</summary>
    public async Task<IActionResult> OnGetVietQrAsync(OrderId id, CancellationToken cancellationToken)
    {
        var png = await sender.Send(new GetVietQrImageQuery(id, User.UserId()), cancellationToken);
        return png.IsSuccess ? File(png.Value, "image/png") : NotFound();
    }

    public async Task<IActionResult> OnPostCancelAsync(OrderId id, OrderPartId partId, string? reason, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CancelPartByShopperCommand(id, partId, User.UserId(), reason), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["order.cancelled", result.Value.VendorName].Value;
            return RedirectToPage(new { id });
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(OrderId id, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetOrderQuery(id, User.UserId()), cancellationToken);
        Order = result.IsSuccess ? result.Value : null;
        var payment = result.IsSuccess ? await sender.Send(new GetPaymentQuery(id, User.UserId()), cancellationToken) : null;
        Payment = payment is { IsSuccess: true } ? payment.Value : null;
        Reviewed = (await sender.Send(new Marketplace.Catalog.Contracts.ListMyReviewsQuery(User.UserId()), cancellationToken))
            .Select(r => (r.PartId, r.VariantId))
            .ToHashSet();
        return result.IsSuccess;
    }
}
