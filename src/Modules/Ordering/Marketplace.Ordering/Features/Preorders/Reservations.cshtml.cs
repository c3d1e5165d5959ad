using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>The buyer's reservations: what each asked for and was given, the deposit, what is owed back and left to pay.</summary>
[Authorize]
internal sealed class ReservationsModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    public IReadOnlyList<ReservationView> Reservations { get; private set; } = [];

    /// <summary>How to transfer what is still owed of each deposit: the alliance's account, the amount and the reference.</summary>
    public IReadOnlyDictionary<Guid, BankTransferInstructions> Transfers { get; private set; } = new Dictionary<Guid, BankTransferInstructions>();

    /// <summary>Whether a deposit may also be paid by card (a Stripe key is configured).</summary>
    public bool CardsEnabled { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Reservations = await sender.Send(new ListMyReservationsQuery(User.UserId()), cancellationToken);
        CardsEnabled = (await sender.Send(new GetPaymentOptionsQuery(), cancellationToken)).CardsEnabled;
        var transfers = new Dictionary<Guid, BankTransferInstructions>();
        // Before the harvest only: after it, what is owed is in the balance.
        foreach (var r in Reservations.Where(r => r.Status == "Held" && r.DepositOwed.Amount > 0))
        {
            transfers[r.ReservationId] = await sender.Send(new GetTransferInstructionsQuery(r.DepositOwed.Amount, r.Reference), cancellationToken);
        }

        Transfers = transfers;
    }

    /// <summary>The deposit's VietQR code, for the banking app to scan.</summary>
    public async Task<IActionResult> OnGetQrAsync(Guid reservationId, CancellationToken cancellationToken)
    {
        var png = await sender.Send(new GetDepositQrQuery(reservationId, User.UserId()), cancellationToken);
        return png.IsSuccess ? File(png.Value, "image/png") : NotFound();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid reservationId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CancelReservationCommand(reservationId, User.UserId()), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["reservation.cancelled", result.Value.Number].Value;
            return Redirect("/reservations");
        }

        ModelState.AddErrors(result.Error!, string.Empty);
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
