using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Vouchers;

/// <summary>
/// The vouchers of one issuer and the form that issues one: the alliance's (its admins, at
/// /admin/vouchers) or a cooperative's (its people, at /cooperatives/{id}/vouchers). Both pages
/// send the same commands as the API; times are typed in Vietnam's clock.
/// </summary>
internal abstract class VoucherDeskModel(ISender sender, TimeProvider clock, IStringLocalizer<OrderingText> text) : PageModel
{
    public IReadOnlyList<VoucherView> Vouchers { get; private set; } = [];

    [BindProperty]
    public VoucherInput Input { get; set; } = new();

    /// <summary>Null on the alliance's page.</summary>
    public abstract CooperativeId? Issuer { get; }

    protected void Defaults()
    {
        var today = clock.Today().ToDateTime(TimeOnly.MinValue);
        Input = new VoucherInput
        {
            StartsAt = today,
            EndsAt = today.AddDays(8).AddMinutes(-1),
            Kind = nameof(VoucherKind.PercentOff),
            PercentOff = 10,
            PerBuyerLimit = 1,
            Audience = nameof(VoucherAudience.Everyone),
            AllianceSharePercent = 100,
        };
    }

    protected async Task<IActionResult> IssueAsync(string back, CancellationToken cancellationToken)
    {
        var command = new IssueVoucherCommand(
            Issuer, User.UserId(), User.Email(), Input.Code ?? string.Empty, Input.Title ?? string.Empty, Input.Kind ?? string.Empty,
            Input.PercentOff ?? 0, Input.AmountOffVnd ?? 0, Input.MaxDiscountVnd, Input.MinSpendVnd ?? 0, Input.TotalLimit, Input.PerBuyerLimit ?? 0,
            InVietnam(Input.StartsAt), InVietnam(Input.EndsAt), Input.Audience ?? string.Empty,
            Issuer is null ? Input.AllianceSharePercent ?? -1 : 0);
        var result = await sender.Send(command, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["voucher.issued", result.Value.Code].Value;
            return Redirect(back);
        }

        return await ShowAsync(result.Error!, cancellationToken);
    }

    protected async Task<IActionResult> EndAsync(Guid voucherId, string back, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new EndVoucherCommand(Issuer, User.UserId(), voucherId), cancellationToken);
        if (!result.IsSuccess)
        {
            return await ShowAsync(result.Error!, cancellationToken);
        }

        TempData["Flash"] = text["voucher.ended", result.Value.Code].Value;
        return Redirect(back);
    }

    /// <summary>A time typed in Vietnam's clock (a datetime-local field); none is the year 1, which the validator refuses.</summary>
    private static DateTimeOffset InVietnam(DateTime? typed) =>
        typed is { Year: > 1 and < 9999 } at
            ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Unspecified), VietnamTime.Offset)
            : DateTimeOffset.MinValue;

    /// <summary>False when the person may not see this issuer's vouchers.</summary>
    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var vouchers = await sender.Send(new ListVouchersQuery(Issuer, User.UserId()), cancellationToken);
        Vouchers = vouchers.IsSuccess ? vouchers.Value : [];
        return vouchers.IsSuccess;
    }

    private async Task<IActionResult> ShowAsync(Error error, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddErrors(error, nameof(Input));
        return Page();
    }

    internal sealed class VoucherInput
    {
        public string? Code { get; set; }

        public string? Title { get; set; }

        public string? Kind { get; set; }

        public int? PercentOff { get; set; }

        public long? AmountOffVnd { get; set; }

        public long? MaxDiscountVnd { get; set; }

        public long? MinSpendVnd { get; set; }

        public int? TotalLimit { get; set; }

        public int? PerBuyerLimit { get; set; }

        public DateTime? StartsAt { get; set; }

        public DateTime? EndsAt { get; set; }

        public string? Audience { get; set; }

        public int? AllianceSharePercent { get; set; }
    }
}
