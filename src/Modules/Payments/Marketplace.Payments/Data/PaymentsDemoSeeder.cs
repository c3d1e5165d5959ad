using System.Globalization;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Data;

/// <summary>
/// Every demo cooperative gets a bank account to be paid into, so that the admin can run a payout
/// batch at once. (The demo orders' money reaches the ledger the way all money does: through the
/// notifications of the deliveries and the payments.)
/// </summary>
internal sealed class PaymentsDemoSeeder(PaymentsDbContext db, ISender sender) : IDemoDataSeeder
{
    public int Order => 50;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.PayoutAccounts.AnyAsync(cancellationToken))
        {
            return;
        }

        var storefronts = await sender.Send(new ListStorefrontsQuery(), cancellationToken);
        var n = 0;
        foreach (var storefront in storefronts.OrderBy(s => s.Slug, StringComparer.Ordinal))
        {
            var account = new PayoutAccount(storefront.CooperativeId);
            account.Set(
                "Agribank",
                (1_500_205_000_000L + (++n * 104_729)).ToString(CultureInfo.InvariantCulture),
                VietnameseText.RemoveDiacritics(storefront.Name).ToUpperInvariant(),
                "VN",
                null);
            db.PayoutAccounts.Add(account);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
