using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Data;

/// <summary>
/// Vouchers to try in the demo: the alliance's OCOP week (10 % off from 200.000 ₫, up to 50.000 ₫,
/// half paid by the alliance) and free delivery from 300.000 ₫, and Suối Giàng's own 30.000 ₫ off
/// its tea; live for two months from the first start.
/// </summary>
internal sealed class VoucherDemoSeeder(OrderingDbContext db, ISender sender, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 38;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Vouchers.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var (from, to) = (now.AddDays(-1), now.AddDays(60));
        db.Vouchers.Add(new Voucher(
            new VoucherTerms("OCOP2026", "Tuần lễ sản phẩm OCOP: giảm 10 %", VoucherKind.PercentOff, 10, 0, 50_000, 200_000, 500, 1, from, to,
                VoucherAudience.Everyone, 50),
            null, "admin@htx-marketplace.vn", now));
        db.Vouchers.Add(new Voucher(
            new VoucherTerms("FREESHIP", "Miễn phí giao hàng cho đơn từ 300.000 ₫", VoucherKind.FreeDelivery, 0, 0, 40_000, 300_000, null, 3, from, to,
                VoucherAudience.Shoppers, 100),
            null, "admin@htx-marketplace.vn", now));
        if (await sender.Send(new GetVariantsBySkuQuery(["SG-STCT-200"]), cancellationToken) is [var tea, ..])
        {
            db.Vouchers.Add(new Voucher(
                new VoucherTerms("SUOIGIANG30", "Trà Suối Giàng: giảm 30.000 ₫ cho đơn từ 500.000 ₫", VoucherKind.AmountOff, 0, 30_000, null, 500_000, 200, 1,
                    from, to, VoucherAudience.Everyone, 0),
                tea.CooperativeId, "lienhe3@htx-demo.vn", now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
