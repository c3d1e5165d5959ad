using System.Globalization;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Invoices;
using Marketplace.Ordering.Features.Returns;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Orders;

/// <summary>A shopper's order: each cooperative's part with its state, tracking and timeline, and the returns of what was delivered.</summary>
[Authorize]
internal sealed class OrderModel(ISender sender, IStringLocalizer<OrderingText> text, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ReturnView> Returns { get; private set; } = [];

    /// <summary>The part whose return form failed: it opens again with its errors.</summary>
    public OrderPartId? FailedReturn { get; private set; }

    private IReadOnlyDictionary<CooperativeId, ReturnPolicyView> _policies = new Dictionary<CooperativeId, ReturnPolicyView>();

    /// <summary>The last day a part may be sent back, when it may be (delivered, its cooperative takes returns, the day not past).</summary>
    public DateOnly? ReturnableUntil(OrderPartView part) =>
        _policies.TryGetValue(part.CooperativeId, out var policy)
            && ReturnsHandler.ReturnableUntil(part.Status, part.Timeline.LastOrDefault(t => t.Status == PartStatus.Delivered)?.At, policy) is { } until
            && until >= clock.Today()
            ? until
            : null;

    /// <summary>A return may be asked: within the days, none open for the part, and some unit not given back already.</summary>
    public bool MayAskReturn(OrderPartView part) =>
        ReturnableUntil(part) is not null
        && !Returns.Any(r => r.PartId == part.PartId && r.Status.IsOpen())
        && part.Lines.Any(l => l.Quantity > GivenBack(part, l.Sku));

    /// <summary>A refusal, or an answer waited for too long, may be taken to the alliance (an offer is answered beside it).</summary>
    public bool MayDispute(ReturnView asked) =>
        asked.Status == ReturnStatus.Refused
        || asked.Status == ReturnStatus.Requested && clock.GetUtcNow() - asked.CreatedAt >= ReturnRequest.AnswerWithin;

    /// <summary>Errors are shown at the top, unless they belong to a return form shown again with them beside it.</summary>
    public bool ErrorsOnTop => FailedReturn is not { } failed || Order?.Parts.SingleOrDefault(p => p.PartId == failed) is not { } part || !MayAskReturn(part);

    /// <summary>Units of a line already agreed to go back.</summary>
    public int GivenBack(OrderPartView part, string sku) =>
        Returns.Where(r => r.PartId == part.PartId && r.Status.GivesBack())
            .SelectMany(r => r.Lines).Where(l => l.Sku == sku).Sum(l => l.Quantity);

    public async Task<IActionResult> OnPostReturnAsync(
        OrderId id,
        OrderPartId partId,
        [FromForm] List<ReturnLineInput>? lines,
        ReturnReason? reason,
        string? details,
        string? bank,
        string? accountNumber,
        string? holder,
        [FromForm] List<IFormFile>? photos,
        CancellationToken cancellationToken)
    {
        var account = string.IsNullOrWhiteSpace(bank) && string.IsNullOrWhiteSpace(accountNumber) && string.IsNullOrWhiteSpace(holder)
            ? null
            : new RefundAccount(bank?.Trim() ?? string.Empty, accountNumber?.Replace(" ", string.Empty, StringComparison.Ordinal) ?? string.Empty,
                holder?.Trim() ?? string.Empty);
        var uploaded = await UploadedFiles.ReadAsync((photos ?? []).Where(p => p.Length > 0), cancellationToken);
        var result = await sender.Send(
            new RequestReturnCommand(
                id, partId, User.UserId(), User.Email(), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, lines ?? [], reason, details, account,
                uploaded),
            cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["return.asked.flash", result.Value.VendorName].Value;
            return Redirect($"/orders/{id}#returns");
        }

        FailedReturn = partId;
        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostTakeOfferAsync(OrderId id, Guid returnId, CancellationToken cancellationToken) =>
        AnswerAsync(id, returnId, takeOffer: true, cancellationToken);

    public Task<IActionResult> OnPostDisputeAsync(OrderId id, Guid returnId, CancellationToken cancellationToken) =>
        AnswerAsync(id, returnId, takeOffer: false, cancellationToken);

    public async Task<IActionResult> OnGetReturnPhotoAsync(Guid returnId, int index, CancellationToken cancellationToken) =>
        ReturnPhotos.Result(this, await sender.Send(new GetReturnPhotoQuery(returnId, index, User.UserId(), Admin: false), cancellationToken));

    private async Task<IActionResult> AnswerAsync(OrderId id, Guid returnId, bool takeOffer, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new AnswerReturnCommand(returnId, User.UserId(), takeOffer), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text[takeOffer ? "return.taken" : "return.disputed"].Value;
            return Redirect($"/orders/{id}#returns");
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

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
        if (Order is not null && Order.Parts.Any(p => p.Status == PartStatus.Delivered))
        {
            Returns = await sender.Send(new ListOrderReturnsQuery(id, User.UserId()), cancellationToken);
            _policies = await sender.Send(new GetReturnPoliciesQuery([.. Order.Parts.Select(p => p.CooperativeId)]), cancellationToken);
        }

        return result.IsSuccess;
    }
}
