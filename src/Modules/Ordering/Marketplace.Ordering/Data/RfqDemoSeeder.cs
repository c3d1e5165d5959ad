using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Rfqs;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Data;

/// <summary>
/// The demo business buyer (muasi@example.vn): a verified company, a request for 10 tấn of Shan
/// Tuyết tea sent to every tea cooperative, quotes of 6 and 5 tấn from Suối Giàng and Tân Hoàng
/// Trà with a word exchanged, and the combination accepted into one order, paid by transfer. All
/// of it through the same commands the pages send, so that the demo is what the code makes.
/// </summary>
internal sealed class RfqDemoSeeder(OrderingDbContext db, ISender sender, TimeProvider clock) : IDemoDataSeeder
{
    private const string Buyer = "muasi@example.vn";

    private static readonly UserId BuyerId = DemoPeople.IdOf(Buyer);

    /// <summary>After the demo orders (30), before Payments opens their payments (50).</summary>
    public int Order => 35;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.QuoteRequests.AnyAsync(cancellationToken))
        {
            return;
        }

        var account = await sender.Send(
            new RegisterBusinessAccountCommand(
                BuyerId,
                Buyer,
                "Công ty CP Siêu thị Nông sản Sạch",
                "0312345673",
                "86 Lê Thánh Tôn, phường Sài Gòn, TP. Hồ Chí Minh",
                "Đặng Thu Trang",
                "028 3823 4567"),
            cancellationToken);
        if (!account.IsSuccess)
        {
            return;
        }

        await sender.Send(
            new DecideBusinessAccountCommand(account.Value.BusinessAccountId, BusinessAccountDecision.Verify, null, UserId.None, "Demo"), cancellationToken);
        var tea = (await sender.Send(new ListCategoriesQuery(), cancellationToken)).SingleOrDefault(c => c.Slug == "tra");
        var storefronts = (await sender.Send(new ListStorefrontsQuery(), cancellationToken))
            .Where(s => s.Slug is "htx-suoi-giang" or "htx-tan-hoang-tra")
            .ToList();
        if (tea is null || storefronts.Count != 2)
        {
            return;
        }

        // Written directly: at seeding the catalog does not know its sellers yet (their approval
        // is still in the outbox), so it cannot say who sells tea; these two do.
        var today = VietnamTime.Today(clock);
        var request = new QuoteRequest(
            "RFQ-DEMO-0001", BuyerId, Buyer, account.Value.CompanyName, tea.Name, null, tea.CategoryId, 10, QuantityUnit.Tan, "TP. Hồ Chí Minh",
            DeliveryTerms.Domestic, today.AddDays(21),
            "Trà Shan Tuyết loại 1 cho hệ thống siêu thị, đóng bao 20 kg.",
            storefronts.Select(s => new RfqRecipient(s.CooperativeId, s.Name)).ToList(),
            clock.GetUtcNow());
        db.QuoteRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        var rfq = RfqView(request);

        var quotes = new[] { ("HTX Suối Giàng", "lienhe3@htx-demo.vn", 6, 1_500_000_000L), ("Tân Hoàng Trà", "lienhe5@htx-demo.vn", 5, 1_250_000_000L) };
        foreach (var (name, owner, tonnes, price) in quotes)
        {
            var recipient = rfq.Recipients.FirstOrDefault(r => r.VendorName.Contains(name, StringComparison.Ordinal));
            if (recipient is null)
            {
                return;
            }

            await sender.Send(
                new PostRfqMessageCommand(rfq.RfqId, recipient.CooperativeId, BuyerId, Buyer, AsBuyer: true, "Hợp tác xã giao được trong ba tuần không?"),
                cancellationToken);
            await sender.Send(
                new PostRfqMessageCommand(
                    rfq.RfqId, recipient.CooperativeId, DemoPeople.IdOf(owner), owner, AsBuyer: false, $"Được ạ, chúng tôi có sẵn {tonnes} tấn vụ xuân."),
                cancellationToken);
            await sender.Send(
                new SubmitQuoteCommand(
                    rfq.RfqId, recipient.CooperativeId, DemoPeople.IdOf(owner), tonnes, price, today.AddDays(14), 10, "Giá đã gồm vận chuyển.", null),
                cancellationToken);
        }

        // A request from abroad, still open: green tea for a Japanese importer, free on board at Cát Lái.
        db.QuoteRequests.Add(new QuoteRequest(
            "RFQ-DEMO-0002", BuyerId, Buyer, account.Value.CompanyName, tea.Name, null, tea.CategoryId, 2, QuantityUnit.Tan, string.Empty,
            new DeliveryTerms("JP", "FOB", "Cát Lái, TP. Hồ Chí Minh", "090220"), today.AddDays(45),
            "Trà xanh Shan Tuyết cho nhà nhập khẩu ở Osaka, đóng thùng carton 10 kg, kèm chứng nhận xuất xứ C/O mẫu VJ.",
            storefronts.Select(s => new RfqRecipient(s.CooperativeId, s.Name)).ToList(),
            clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);

        var offered = (await sender.Send(new GetRfqQuery(rfq.RfqId, BuyerId), cancellationToken)).Value.Quotes;
        await sender.Send(
            new AcceptQuotesCommand(
                rfq.RfqId, BuyerId, offered.Select(q => new AcceptedQuote(q.QuoteId, null)).ToList(), PaymentMethod.BankTransfer, "PO-STNS-2026-041",
                new DeliveryAddress("Kho Siêu thị Nông sản Sạch", "028 3823 4567", "TP. Hồ Chí Minh", "phường Sài Gòn", "86 Lê Thánh Tôn"),
                "vi"),
            cancellationToken);
    }

    private RfqView RfqView(QuoteRequest request) => Features.Rfqs.RfqViews.View(request, VietnamTime.Today(clock));
}
