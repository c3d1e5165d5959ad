using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.OrderReports;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Trade;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Data;

internal sealed class OrderingDbContext(DbContextOptions<OrderingDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "ordering";

    public override string Schema => SchemaName;

    public DbSet<Cart> Carts => Set<Cart>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderPart> Parts => Set<OrderPart>();

    public DbSet<QuoteRequest> QuoteRequests => Set<QuoteRequest>();

    public DbSet<SoldLine> SoldLines => Set<SoldLine>();

    public DbSet<ShippedLot> ShippedLots => Set<ShippedLot>();

    public DbSet<Shipment> Shipments => Set<Shipment>();

    public DbSet<CodRemittance> Remittances => Set<CodRemittance>();

    public DbSet<PreorderWindow> PreorderWindows => Set<PreorderWindow>();

    public DbSet<Reservation> Reservations => Set<Reservation>();

    public DbSet<DepositReturn> DepositReturns => Set<DepositReturn>();

    public DbSet<PreorderAlert> PreorderAlerts => Set<PreorderAlert>();

    public DbSet<ReturnRequest> Returns => Set<ReturnRequest>();

    public DbSet<ReturnPolicy> ReturnPolicies => Set<ReturnPolicy>();

    public DbSet<SupplyContract> Contracts => Set<SupplyContract>();

    public DbSet<ContractDelivery> ContractDeliveries => Set<ContractDelivery>();

    public DbSet<Voucher> Vouchers => Set<Voucher>();

    public DbSet<VoucherRedemption> VoucherRedemptions => Set<VoucherRedemption>();

    /// <summary>The lots an order's shipped lines came from, to show beside them.</summary>
    public Task<List<ShippedLot>> LotsOfOrderAsync(OrderId orderId, CancellationToken cancellationToken) =>
        ShippedLots.AsNoTracking().Where(l => l.OrderId == orderId).ToListAsync(cancellationToken);

    /// <summary>A part's booking with a carrier that still stands (one at most: a part is booked again only once the last is cancelled).</summary>
    public IQueryable<Shipment> LiveShipments(OrderPartId partId) => Shipments.Where(s => s.PartId == partId && !s.Cancelled);

    /// <summary>The parcels an order's parts were booked as with carriers, to follow on its page.</summary>
    public Task<List<Shipment>> ShipmentsOfOrderAsync(OrderId orderId, CancellationToken cancellationToken) =>
        Shipments.AsNoTracking().Where(s => Parts.Any(p => p.Id == s.PartId && p.OrderId == orderId)).ToListAsync(cancellationToken);

    /// <summary>
    /// Keeps the reports' rows (<see cref="SoldLine"/>) in step with the orders, whatever path
    /// placed or cancelled them (checkout, bulk orders, accepted quotes, an unpaid order let go,
    /// the demo): a part added brings its lines, a part cancelled marks them, in the same save.
    /// A change to a closed day (one the report may have rolled up) is noted for that day too.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var parts = ChangeTracker.Entries<OrderPart>().ToList();
        var tracked = ChangeTracker.Entries<Order>().Select(o => o.Entity).ToDictionary(o => o.Id);
        var changedDays = new HashSet<DateOnly>();
        foreach (var added in parts.Where(p => p.State == EntityState.Added).Select(p => p.Entity))
        {
            var order = tracked.GetValueOrDefault(added.OrderId) ?? await Orders.SingleAsync(o => o.Id == added.OrderId, cancellationToken);
            var lines = SoldLine.Of(order, added).ToList();
            SoldLines.AddRange(lines);
            changedDays.UnionWith(lines.Select(l => l.Day));
        }

        var cancelled = parts
            .Where(p => p.State == EntityState.Modified && p.Entity.Undone
                && !p.Property(x => x.Status).OriginalValue.IsUndone())
            .Select(p => p.Entity.Id)
            .ToList();
        if (cancelled.Count > 0)
        {
            foreach (var line in await SoldLines.Where(l => cancelled.Contains(l.PartId)).ToListAsync(cancellationToken))
            {
                line.Cancel();
                changedDays.Add(line.Day);
            }
        }

        this.NoteChangedDays(OrderFactsReader.Name, changedDays, Clock.Today());

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Not offered: the reports' rows are kept by <see cref="SaveChangesAsync(bool, CancellationToken)"/> alone.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Save orders with SaveChangesAsync: it keeps the reports' rows (sold_lines) in step.");

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Cart>(cart =>
        {
            cart.ToTable("carts");
            cart.HasKey(c => c.Id);
            cart.Property(c => c.OwnerKey).HasMaxLength(300);
            cart.HasIndex(c => c.OwnerKey).IsUnique();
            cart.OwnsMany(c => c.Lines, lines => lines.ToJson());
            cart.OwnsMany(c => c.Preorders, lines => lines.ToJson());
            cart.Property(c => c.VoucherCode).HasMaxLength(Voucher.MaxCodeLength);

            // Every change of a cart sets it, so a change made from a stale read (an add racing a
            // checkout that emptied the cart) fails instead of bringing ordered lines back.
            cart.Property(c => c.UpdatedAt).IsConcurrencyToken();
        });
        modelBuilder.Entity<Order>(order =>
        {
            order.ToTable("orders");
            order.HasKey(o => o.Id);
            order.Property(o => o.Number).HasMaxLength(30);
            order.HasIndex(o => o.Number).IsUnique();
            order.Property(o => o.BuyerEmail).HasMaxLength(256);
            order.Property(o => o.IdempotencyKey).HasMaxLength(100);
            order.HasIndex(o => new { o.BuyerId, o.IdempotencyKey }).IsUnique();
            order.Property(o => o.Note).HasMaxLength(1000);
            order.Property(o => o.VoucherCode).HasMaxLength(Voucher.MaxCodeLength);
            order.Property(o => o.PaymentMethod).HasConversion<string>().HasMaxLength(20);
            order.Property(o => o.PaymentState)
                .HasConversion<string>()
                .HasMaxLength(20)
                .HasDefaultValue(OrderPaymentState.OnDelivery)
                .HasSentinel((OrderPaymentState)(-1));
            order.Property(o => o.PaymentProblem).HasMaxLength(500);
            order.Property(o => o.PurchaseOrderNumber).HasMaxLength(50);
            order.Property(o => o.Culture).HasMaxLength(5);
            order.OwnsOne(o => o.Delivery, delivery =>
            {
                delivery.Property(d => d.Recipient).HasMaxLength(100);
                delivery.Property(d => d.Phone).HasMaxLength(20);
                delivery.Property(d => d.Province).HasMaxLength(100);
                delivery.Property(d => d.Commune).HasMaxLength(100);
                delivery.Property(d => d.Street).HasMaxLength(300);
            });
            order.HasMany(o => o.Parts).WithOne().HasForeignKey(p => p.OrderId);
            order.Navigation(o => o.Parts).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<QuoteRequest>(request =>
        {
            request.ToTable("quote_requests");
            request.HasKey(r => r.Id);
            request.Property(r => r.Number).HasMaxLength(30);
            request.HasIndex(r => r.Number).IsUnique();
            request.Property(r => r.BuyerEmail).HasMaxLength(256);
            request.HasIndex(r => new { r.BuyerId, r.CreatedAt });
            request.HasIndex(r => r.CreatedAt);
            request.Property(r => r.CompanyName).HasMaxLength(200);
            request.Property(r => r.Subject).HasMaxLength(200);
            request.Property(r => r.Unit).HasConversion<string>().HasMaxLength(10);
            request.Property(r => r.DeliveryProvince).HasMaxLength(100);
            request.Property(r => r.DestinationCountry).HasMaxLength(2).HasDefaultValue(Countries.Vietnam);
            request.Property(r => r.Incoterm).HasMaxLength(3);
            request.Property(r => r.NamedPlace).HasMaxLength(100);
            request.Property(r => r.HsCode).HasMaxLength(10);
            request.Property(r => r.Note).HasMaxLength(2000);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            request.Property(r => r.Version).IsConcurrencyToken();
            // The JSON stored before the cooperative had one name says "VendorId"; rows keep it.
            request.OwnsMany(r => r.Recipients, recipients =>
            {
                recipients.ToJson();
                recipients.Property(r => r.CooperativeId).HasJsonPropertyName(StoredNames.VendorId);
            });
            request.OwnsMany(r => r.Messages, messages =>
            {
                messages.ToJson();
                messages.Property(m => m.CooperativeId).HasJsonPropertyName(StoredNames.VendorId);
            });
            request.OwnsMany(r => r.Quotes, quotes =>
            {
                quotes.ToJson();
                quotes.Property(q => q.CooperativeId).HasJsonPropertyName(StoredNames.VendorId);
                quotes.Property(q => q.Status).HasConversion<string>();
                quotes.Ignore(q => q.TotalVnd);
            });
        });
        modelBuilder.Entity<OrderPart>(part =>
        {
            part.ToTable("order_parts");
            part.HasKey(p => p.Id);
            part.HasIndex(p => new { p.CooperativeId, p.Status });
            part.Property(p => p.VendorName).HasMaxLength(200);
            part.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            part.Property(p => p.Carrier).HasMaxLength(100);
            part.Property(p => p.TrackingNumber).HasMaxLength(100);
            part.Property(p => p.ShipsBy).HasConversion<string>().HasMaxLength(20);
            part.Property(p => p.CancelReason).HasMaxLength(1000);
            part.Property(p => p.CashShortfallReason).HasMaxLength(1000);
            part.Property(p => p.Version).IsConcurrencyToken();
            part.Ignore(p => p.TotalVnd);
            part.Ignore(p => p.CooperativeGoodsDiscountVnd);
            part.OwnsMany(p => p.Lines, lines => lines.ToJson());
            part.OwnsMany(p => p.Timeline, timeline =>
            {
                timeline.ToJson();
                timeline.Property(t => t.Status).HasConversion<string>();
            });
            part.HasIndex(p => p.Status); // the admins' report of parts still to ship, over every cooperative
        });
        modelBuilder.Entity<SoldLine>(line =>
        {
            line.ToTable("sold_lines");
            line.HasKey(l => l.Id);
            line.Property(l => l.Province).HasMaxLength(100);
            line.Property(l => l.PaymentMethod).HasConversion<string>().HasMaxLength(20);
            line.Property(l => l.Sku).HasMaxLength(100);
            line.Property(l => l.ProductName).HasMaxLength(200);
            line.HasIndex(l => l.PartId);
            line.HasIndex(l => new { l.Day, l.Cancelled });
            line.HasIndex(l => new { l.CooperativeId, l.Day });
        });
        modelBuilder.Entity<Shipment>(shipment =>
        {
            shipment.ToTable("shipments");
            shipment.HasKey(s => s.Id);
            shipment.HasIndex(s => s.PartId);
            shipment.Property(s => s.PartnerCode).HasMaxLength(50);
            shipment.Property(s => s.Carrier).HasConversion<string>().HasMaxLength(20);
            shipment.Property(s => s.TrackingCode).HasMaxLength(100);
            shipment.HasIndex(s => new { s.Carrier, s.TrackingCode }).IsUnique(); // a carrier's callback names its code
            shipment.Property(s => s.Version).IsConcurrencyToken();
            shipment.HasIndex(s => s.RemittedAt); // the cash still with the carriers
            shipment.OwnsMany(s => s.Events, events =>
            {
                events.ToJson();
                events.Property(e => e.Step).HasConversion<string>();
            });
        });
        modelBuilder.Entity<CodRemittance>(remittance =>
        {
            remittance.ToTable("cod_remittances");
            remittance.HasKey(r => r.Id);
            remittance.Property(r => r.Carrier).HasConversion<string>().HasMaxLength(20);
            remittance.Property(r => r.FileName).HasMaxLength(260);
            remittance.HasIndex(r => r.ImportedAt);
            remittance.OwnsMany(r => r.Lines, lines =>
            {
                lines.ToJson();
                lines.Property(l => l.Outcome).HasConversion<string>();
            });
        });
        modelBuilder.Entity<ShippedLot>(lot =>
        {
            lot.ToTable("shipped_lots");
            lot.HasKey(l => l.Id);
            lot.Property(l => l.LotCode).HasMaxLength(50);
            lot.Property(l => l.Sku).HasMaxLength(100);
            lot.Property(l => l.Unit).HasMaxLength(50);
            lot.Property(l => l.RecallReason).HasMaxLength(1000);
            lot.HasIndex(l => l.LotId); // a recall: who received the lot
            lot.HasIndex(l => l.OrderId); // an order's page: which lots its lines came from
            lot.HasIndex(l => l.PartId); // a cooperative's list of its parts
        });
        modelBuilder.Entity<PreorderWindow>(window =>
        {
            window.ToTable("preorder_windows");
            window.HasKey(w => w.Id);
            window.Property(w => w.VendorName).HasMaxLength(200);
            window.Property(w => w.Province).HasMaxLength(100);
            window.Property(w => w.Sku).HasMaxLength(100);
            window.Property(w => w.ProductName).HasMaxLength(200);
            window.Property(w => w.Unit).HasMaxLength(50);
            window.Property(w => w.LotCode).HasMaxLength(50);
            window.HasIndex(w => w.LotCode).IsUnique();
            window.HasIndex(w => w.CooperativeId);
            window.HasIndex(w => new { w.Status, w.ClosesOn }); // the season's open windows
            window.Property(w => w.Rule).HasConversion<string>().HasMaxLength(30);
            window.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
            window.Property(w => w.CancelReason).HasMaxLength(1000);
            window.Property(w => w.Version).IsConcurrencyToken();
            window.Ignore(w => w.Left);
        });
        modelBuilder.Entity<Reservation>(reservation =>
        {
            reservation.ToTable("reservations");
            reservation.HasKey(r => r.Id);
            reservation.Property(r => r.Number).HasMaxLength(30);
            reservation.HasIndex(r => r.Number).IsUnique();
            reservation.HasIndex(r => r.WindowId);
            reservation.HasIndex(r => new { r.BuyerId, r.ReservedAt });
            reservation.HasIndex(r => r.OrderId); // an order cancelled: was it a reservation's?
            reservation.Property(r => r.BuyerEmail).HasMaxLength(256);
            reservation.Property(r => r.Culture).HasMaxLength(5);
            reservation.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            reservation.Property(r => r.Version).IsConcurrencyToken();
            reservation.Ignore(r => r.Reference);
            reservation.Ignore(r => r.Open);
            reservation.Ignore(r => r.DepositBackVnd);
            reservation.HasIndex(r => new { r.DepositToReturnVnd, r.ReservedAt }); // the alliance's list of deposits owed back
            reservation.Ignore(r => r.DepositToCardsVnd);
            reservation.Ignore(r => r.BalanceVnd);
            reservation.Ignore(r => r.DepositOwedVnd);
            reservation.Ignore(r => r.DepositDueVnd);
            reservation.Ignore(r => r.DepositCountedVnd);
            reservation.Ignore(r => r.AwaitsOrder);
            reservation.PrimitiveCollection(r => r.TransferKeys);
            reservation.OwnsMany(r => r.CardDeposits, card =>
            {
                card.ToTable("reservation_card_deposits");
                card.WithOwner().HasForeignKey("ReservationId");
                card.HasKey("ReservationId", nameof(CardDeposit.PaymentIntentId));
                card.Property(c => c.PaymentIntentId).HasMaxLength(255);
            });
        });
        modelBuilder.Entity<DepositReturn>(deposit =>
        {
            deposit.ToTable("deposit_returns");
            deposit.HasKey(d => d.Id);
            deposit.HasIndex(d => d.ReservationId);
            deposit.Property(d => d.ReservationNumber).HasMaxLength(30);
            deposit.Property(d => d.Method).HasConversion<string>().HasMaxLength(20);
            deposit.Property(d => d.PaymentIntentId).HasMaxLength(255);
            deposit.Property(d => d.StripeRefundId).HasMaxLength(255);
            deposit.Property(d => d.By).HasMaxLength(256);
        });
        modelBuilder.Entity<ReturnRequest>(request =>
        {
            request.ToTable("return_requests");
            request.HasKey(r => r.Id);
            request.HasIndex(r => r.PartId);
            request.HasIndex(r => new { r.CooperativeId, r.Status }); // the cooperative's returns to answer
            request.HasIndex(r => r.Status); // the admin's disputes
            request.Property(r => r.VendorName).HasMaxLength(200);
            request.Property(r => r.OrderNumber).HasMaxLength(30);
            request.Property(r => r.BuyerEmail).HasMaxLength(256);
            request.Property(r => r.Culture).HasMaxLength(10);
            request.Property(r => r.Reason).HasConversion<string>().HasMaxLength(20);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            request.Property(r => r.Details).HasMaxLength(2000);
            request.Property(r => r.Answer).HasMaxLength(1000);
            request.Property(r => r.DecidedBy).HasMaxLength(256);
            request.Property(r => r.TransferredBy).HasMaxLength(256);
            request.Property(r => r.RefundProblem).HasMaxLength(1000);
            request.Property(r => r.Version).IsConcurrencyToken();
            request.Ignore(r => r.Open);
            request.OwnsMany(r => r.Lines, lines => lines.ToJson());
            request.OwnsOne(r => r.Account, account => account.ToJson());
            request.PrimitiveCollection(r => r.Photos);
        });
        modelBuilder.Entity<ReturnPolicy>(policy =>
        {
            policy.ToTable("return_policies");
            policy.HasKey(p => p.CooperativeId);
        });
        modelBuilder.Entity<Voucher>(voucher =>
        {
            voucher.ToTable("vouchers");
            voucher.HasKey(v => v.Id);
            voucher.Property(v => v.Code).HasMaxLength(Voucher.MaxCodeLength);
            voucher.HasIndex(v => v.Code).IsUnique();
            voucher.HasIndex(v => new { v.CooperativeId, v.CreatedAt });
            voucher.Property(v => v.Title).HasMaxLength(200);
            voucher.Property(v => v.Kind).HasConversion<string>().HasMaxLength(20);
            voucher.Property(v => v.Audience).HasConversion<string>().HasMaxLength(20);
            voucher.Property(v => v.CreatedBy).HasMaxLength(256);
            voucher.Ignore(v => v.IsAlliance);
            voucher.Ignore(v => v.Left);
        });
        modelBuilder.Entity<VoucherRedemption>(redemption =>
        {
            redemption.ToTable("voucher_redemptions");
            redemption.HasKey(r => r.Id);
            redemption.HasIndex(r => new { r.VoucherId, r.BuyerId, r.Number }).IsUnique();
            redemption.HasIndex(r => r.OrderId);
        });
        modelBuilder.Entity<PreorderAlert>(alert =>
        {
            alert.ToTable("preorder_alerts");
            alert.HasKey(a => a.Id);
            alert.HasIndex(a => new { a.WindowId, a.UserId }).IsUnique();
            alert.HasIndex(a => new { a.UserId, a.SentAt }); // the season's page: which coming windows a buyer waits for
            alert.Property(a => a.Email).HasMaxLength(256);
            alert.Property(a => a.Culture).HasMaxLength(5);
        });
        modelBuilder.Entity<SupplyContract>(contract =>
        {
            contract.ToTable("supply_contracts");
            contract.HasKey(c => c.Id);
            contract.Property(c => c.Number).HasMaxLength(30);
            contract.Property(c => c.RfqNumber).HasMaxLength(30);
            contract.HasIndex(c => c.Number).IsUnique();
            contract.HasIndex(c => new { c.BuyerId, c.CreatedAt });
            contract.HasIndex(c => new { c.CooperativeId, c.CreatedAt });
            contract.Property(c => c.BuyerEmail).HasMaxLength(256);
            contract.Property(c => c.Culture).HasMaxLength(5);
            contract.Property(c => c.VendorName).HasMaxLength(200);
            contract.Property(c => c.Sku).HasMaxLength(100);
            contract.Property(c => c.ProductName).HasMaxLength(200);
            contract.Property(c => c.Unit).HasMaxLength(50);
            contract.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            contract.Property(c => c.EndReason).HasMaxLength(1000);
            contract.Property(c => c.Version).IsConcurrencyToken();
            contract.Ignore(c => c.AwaitsCooperative);
            contract.OwnsOne(c => c.Delivery, delivery =>
            {
                delivery.ToJson();
            });
            contract.OwnsOne(c => c.Terms, terms =>
            {
                terms.ToJson();
                terms.Property(t => t.Cadence).HasConversion<string>();
                terms.Property(t => t.Payment).HasConversion<string>();
            });
            contract.OwnsMany(c => c.Offers, offers =>
            {
                offers.ToJson();
                offers.OwnsOne(o => o.Terms, terms =>
                {
                    terms.Property(t => t.Cadence).HasConversion<string>();
                    terms.Property(t => t.Payment).HasConversion<string>();
                });
            });
            contract.HasMany(c => c.Deliveries).WithOne().HasForeignKey(d => d.ContractId);
            contract.Navigation(c => c.Deliveries).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<ContractDelivery>(delivery =>
        {
            delivery.ToTable("contract_deliveries");
            delivery.HasKey(d => d.Id);
            delivery.Property(d => d.Id).ValueGeneratedNever(); // made by the contract when accepted: new rows, not changed ones
            delivery.HasIndex(d => new { d.Status, d.DueOn }); // the watcher: the deliveries coming due
            delivery.HasIndex(d => d.PartId);
            delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.HasDayRollups();
    }
}
