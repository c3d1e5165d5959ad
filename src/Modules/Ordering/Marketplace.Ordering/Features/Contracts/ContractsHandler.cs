using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Rfqs;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Contracts;

/// <summary>
/// Supply contracts between the two sides: the buyer proposes on a variant on sale, the side the
/// last offer waits for accepts, counters or declines, and either side pauses, resumes or ends a
/// running one. A side is the buyer, or any of the cooperative's people; anyone else is told
/// there is no such contract.
/// </summary>
internal sealed class ContractsHandler(OrderingDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<ProposeContractCommand, Result<ContractView>>,
      ICommandHandler<AnswerContractCommand, Result<ContractView>>,
      ICommandHandler<ChangeContractCommand, Result<ContractView>>,
      ICommandHandler<PriceContractDeliveryCommand, Result<ContractView>>,
      IQueryHandler<GetContractQuery, Result<ContractView>>,
      IQueryHandler<ListMyContractsQuery, IReadOnlyList<ContractView>>,
      IQueryHandler<ListCooperativeContractsQuery, Result<IReadOnlyList<ContractView>>>
{
    public async ValueTask<Result<ContractView>> Handle(ProposeContractCommand command, CancellationToken cancellationToken)
    {
        var variant = (await sender.Send(new GetProductsForCheckoutQuery([command.VariantId!.Value]), cancellationToken)).SingleOrDefault();
        if (variant is null || !variant.Purchasable)
        {
            return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                [nameof(command.VariantId)] = [Bilingual.Pick("Sản phẩm này không còn bán.", "This product is not on sale.")],
            });
        }

        var terms = command.Terms.ToTerms();
        if (FirstDeliveryRefused(terms, clock.Today()) is { } refused)
        {
            return refused;
        }

        QuoteRequest? rfq = null;
        if (command.RfqId is { } rfqId)
        {
            // Only the buyer's own request, and only where this cooperative quoted and the quote still stands (or was accepted).
            var buyer = command.BuyerId;
            rfq = await db.QuoteRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == rfqId && r.BuyerId == buyer, cancellationToken);
            var today = clock.Today();
            var quoted = rfq?.Quotes.Any(q => q.CooperativeId == variant.CooperativeId && q.StatusOn(today) is QuoteStatus.Offered or QuoteStatus.Accepted);
            if (quoted != true)
            {
                return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
                {
                    [nameof(command.RfqId)] = [Bilingual.Pick(
                        $"{variant.VendorName} không có báo giá còn hiệu lực trong yêu cầu báo giá này.",
                        $"{variant.VendorName} has no standing quote on this request for quotation.")],
                });
            }
        }

        var contract = new SupplyContract(
            new ContractParty(command.BuyerId, command.BuyerEmail.Trim(), command.Culture),
            new PreorderFacts(
                variant.CooperativeId, variant.VendorName, string.Empty, variant.ProductId, variant.VariantId, variant.Sku, variant.ProductName,
                variant.Unit, variant.GramsPerUnit),
            Address.Cleaned(command.Delivery), terms, string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(), clock.GetUtcNow());
        if (rfq is not null)
        {
            contract.GrewFrom(rfq.Id, rfq.Number);
        }

        db.Contracts.Add(contract);
        Tell(contract, "Proposed", byCooperative: false, contract.Offers[0].Note);
        return await ContractViews.ReadAsync(db, contract, clock.Today(), cancellationToken);
    }

    public async ValueTask<Result<ContractView>> Handle(AnswerContractCommand command, CancellationToken cancellationToken)
    {
        if (await SideAsync(command.ContractId, command.ActorId, cancellationToken) is not var (contract, byCooperative))
        {
            return ContractErrors.NotFound();
        }

        if (command.Answer == ContractAnswer.Counter && FirstDeliveryRefused(command.Terms!.ToTerms(), clock.Today()) is { } refused)
        {
            return refused;
        }

        var now = clock.GetUtcNow();
        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        var answered = command.Answer switch
        {
            ContractAnswer.Accept => contract.Accept(byCooperative, now),
            ContractAnswer.Counter => contract.Counter(byCooperative, command.Terms!.ToTerms(), note, now),
            _ => contract.Decline(byCooperative),
        };
        if (!answered.IsSuccess)
        {
            return answered.Error!;
        }

        var change = command.Answer switch { ContractAnswer.Accept => "Accepted", ContractAnswer.Counter => "Countered", _ => "Declined" };
        Tell(contract, change, byCooperative, note);
        return await ContractViews.ReadAsync(db, contract, clock.Today(), cancellationToken);
    }

    public async ValueTask<Result<ContractView>> Handle(ChangeContractCommand command, CancellationToken cancellationToken)
    {
        if (await SideAsync(command.ContractId, command.ActorId, cancellationToken) is not var (contract, byCooperative))
        {
            return ContractErrors.NotFound();
        }

        var changed = command.Change switch
        {
            ContractChange.Pause => contract.Pause(),
            ContractChange.Resume => contract.Resume(),
            _ => contract.End(command.Reason!.Trim(), clock.GetUtcNow()),
        };
        if (!changed.IsSuccess)
        {
            return changed.Error!;
        }

        Tell(contract, command.Change switch { ContractChange.Pause => "Paused", ContractChange.Resume => "Resumed", _ => "Ended" }, byCooperative,
            command.Reason?.Trim());
        return await ContractViews.ReadAsync(db, contract, clock.Today(), cancellationToken);
    }

    public async ValueTask<Result<ContractView>> Handle(PriceContractDeliveryCommand command, CancellationToken cancellationToken)
    {
        // The buyer is told there is nothing to price: the band is the cooperative's to use.
        if (await SideAsync(command.ContractId, command.ActorId, cancellationToken) is not var (contract, byCooperative))
        {
            return ContractErrors.NotFound();
        }

        if (!byCooperative)
        {
            return Error.Forbidden("contract.cooperative_only", Bilingual.Pick(
                "Chỉ hợp tác xã định giá từng lần giao.", "Only the cooperative prices each delivery."));
        }

        var priced = contract.PriceDelivery(command.Sequence, command.PriceVnd);
        return priced.IsSuccess ? await ContractViews.ReadAsync(db, contract, clock.Today(), cancellationToken) : priced.Error!;
    }

    public async ValueTask<Result<ContractView>> Handle(GetContractQuery query, CancellationToken cancellationToken) =>
        await SideAsync(query.ContractId, query.ActorId, cancellationToken) is var (contract, _)
            ? await ContractViews.ReadAsync(db, contract, clock.Today(), cancellationToken)
            : ContractErrors.NotFound();

    public async ValueTask<IReadOnlyList<ContractView>> Handle(ListMyContractsQuery query, CancellationToken cancellationToken)
    {
        var buyer = query.BuyerId;
        var contracts = await db.Contracts.AsNoTracking().Include(c => c.Deliveries)
            .Where(c => c.BuyerId == buyer).OrderByDescending(c => c.CreatedAt).Take(200).ToListAsync(cancellationToken);
        return await ContractViews.ReadAsync(db, contracts, clock.Today(), cancellationToken);
    }

    public async ValueTask<Result<IReadOnlyList<ContractView>>> Handle(ListCooperativeContractsQuery query, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetVendorStaffRoleQuery(query.CooperativeId, query.ActorId), cancellationToken) is null)
        {
            return CooperativeErrors.NotFound;
        }

        var cooperative = query.CooperativeId;
        var contracts = await db.Contracts.AsNoTracking().Include(c => c.Deliveries)
            .Where(c => c.CooperativeId == cooperative).OrderByDescending(c => c.CreatedAt).Take(200).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<ContractView>>.Success(await ContractViews.ReadAsync(db, contracts, clock.Today(), cancellationToken));
    }

    /// <summary>The first delivery is from tomorrow, and within two years: a schedule that far is planned again later.</summary>
    private static Error? FirstDeliveryRefused(ContractTerms terms, DateOnly today) =>
        terms.FirstDeliveryOn <= today || terms.FirstDeliveryOn > today.AddYears(2)
            ? Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["Terms.FirstDeliveryOn"] = [Bilingual.Pick(
                    "Lần giao đầu phải từ ngày mai đến trong vòng hai năm.", "The first delivery is from tomorrow to two years ahead.")],
            })
            : null;

    /// <summary>The other side hears of what one side did (the cooperative's people by a notice and a mail, the buyer by a mail).</summary>
    private void Tell(SupplyContract contract, string change, bool byCooperative, string? note) =>
        db.AddIntegrationEvent(new ContractChangedIntegrationEvent(
            Guid.NewGuid(), clock.GetUtcNow(), contract.Id, contract.Number, contract.CooperativeId, contract.VendorName, contract.ProductName,
            contract.BuyerEmail, contract.Culture, change, byCooperative, note));

    /// <summary>The contract and which side the actor is on (the cooperative's when they are one of its people), or null for anyone else.</summary>
    private async Task<(SupplyContract Contract, bool ByCooperative)?> SideAsync(Guid contractId, UserId actor, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.Include(c => c.Deliveries).SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        if (contract is null)
        {
            return null;
        }

        if (contract.BuyerId == actor)
        {
            return (contract, false);
        }

        return await sender.Send(new GetVendorStaffRoleQuery(contract.CooperativeId, actor), cancellationToken) is null ? null : (contract, true);
    }
}
