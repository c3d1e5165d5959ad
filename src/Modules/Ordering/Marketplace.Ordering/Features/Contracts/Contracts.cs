using System.Text.Json.Serialization;
using FluentValidation;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;

namespace Marketplace.Ordering.Features.Contracts;

/// <summary>The terms as a form or a program sends them: checked by <see cref="ContractTermsRules"/>, then made <see cref="ContractTerms"/>.</summary>
/// <remarks>A band is both <see cref="PriceFloorVnd"/> and <see cref="PriceCeilingVnd"/>, or neither (a fixed price).</remarks>
internal sealed record TermsInput(
    int QuantityPerDelivery,
    string? Cadence,
    DateOnly? FirstDeliveryOn,
    int Deliveries,
    long PriceVnd,
    string? Payment,
    int NoticeDays,
    long? PriceFloorVnd = null,
    long? PriceCeilingVnd = null)
{
    public ContractTerms ToTerms() => new(
        QuantityPerDelivery, Enum.Parse<Cadence>(Cadence!, ignoreCase: true), FirstDeliveryOn!.Value, Deliveries, PriceVnd,
        Enum.Parse<ContractPayment>(Payment!, ignoreCase: true), NoticeDays, PriceFloorVnd, PriceCeilingVnd);

    public static TermsInput From(ContractTerms t) =>
        new(t.QuantityPerDelivery, t.Cadence.ToString(), t.FirstDeliveryOn, t.Deliveries, t.PriceVnd, t.Payment.ToString(), t.NoticeDays,
            t.PriceFloorVnd, t.PriceCeilingVnd);
}

/// <summary>A buyer proposes a contract on a cooperative's variant; the cooperative answers.</summary>
/// <remarks>With <see cref="RfqId"/>, from a quote the variant's cooperative gave on the buyer's request for quotation.</remarks>
internal sealed record ProposeContractCommand(
    UserId BuyerId, string BuyerEmail, string Culture, VariantId? VariantId, TermsInput Terms, DeliveryAddress Delivery, string? Note, Guid? RfqId = null)
    : ICommand<Result<ContractView>>, IRunsIn<OrderingTransaction>;

[JsonConverter(typeof(JsonStringEnumConverter<ContractAnswer>))]
internal enum ContractAnswer
{
    Accept,
    Counter,
    Decline,
}

/// <summary>The side the last offer waits for accepts it, counters with other terms, or declines.</summary>
internal sealed record AnswerContractCommand(Guid ContractId, UserId ActorId, ContractAnswer Answer, TermsInput? Terms, string? Note)
    : ICommand<Result<ContractView>>, IRunsIn<OrderingTransaction>;

[JsonConverter(typeof(JsonStringEnumConverter<ContractChange>))]
internal enum ContractChange
{
    Pause,
    Resume,
    End,
}

/// <summary>Either side pauses, resumes or ends (with a reason, by the notice in its terms) a running contract.</summary>
internal sealed record ChangeContractCommand(Guid ContractId, UserId ActorId, ContractChange Change, string? Reason)
    : ICommand<Result<ContractView>>, IRunsIn<OrderingTransaction>;

/// <summary>The cooperative prices a delivery still to be ordered, within the contract's agreed band.</summary>
internal sealed record PriceContractDeliveryCommand(Guid ContractId, UserId ActorId, int Sequence, long PriceVnd)
    : ICommand<Result<ContractView>>, IRunsIn<OrderingTransaction>;

/// <summary>A contract, for its buyer or its cooperative's people; anyone else is told there is none.</summary>
internal sealed record GetContractQuery(Guid ContractId, UserId ActorId) : IQuery<Result<ContractView>>;

internal sealed record ListMyContractsQuery(UserId BuyerId) : IQuery<IReadOnlyList<ContractView>>;

internal sealed record ListCooperativeContractsQuery(CooperativeId CooperativeId, UserId ActorId) : IQuery<Result<IReadOnlyList<ContractView>>>;

/// <remarks>
/// With a band, <see cref="PerDelivery"/> and <see cref="Total"/> are at the reference <see cref="Price"/>: each delivery's own price may differ.
/// </remarks>
internal sealed record ContractTermsView(
    int QuantityPerDelivery, string Cadence, DateOnly FirstDeliveryOn, int Deliveries, Money Price, string Payment, int NoticeDays, Money PerDelivery,
    Money Total, Money? PriceFloor, Money? PriceCeiling);

internal sealed record ContractOfferView(string By, DateTimeOffset At, ContractTermsView Terms, string? Note);

/// <summary>
/// One delivery and how it went: "upcoming", "ordered" (on its way), "ontime" or "late" (delivered
/// on or before its date, or after), "overdue" (its date passed, not delivered), "missed" (its
/// order was cancelled), "skipped" (due while paused) or "cancelled" (after the contract's end).
/// </summary>
internal sealed record ContractDeliveryView(
    int Sequence, DateOnly DueOn, string Outcome, OrderId? OrderId, string? OrderNumber, OrderPartId? PartId, DateOnly? DeliveredOn, Money Price);

internal sealed record ContractProgress(int OnTime, int Late, int Missed, int Skipped, int Upcoming, int InProgress);

internal sealed record ContractView(
    Guid ContractId,
    string Number,
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string VendorName,
    string BuyerEmail,
    ProductId ProductId,
    VariantId VariantId,
    string ProductName,
    string Sku,
    string Unit,
    DeliveryAddress Delivery,
    string Status,
    string? Awaiting,
    ContractTermsView Terms,
    IReadOnlyList<ContractOfferView> Offers,
    IReadOnlyList<ContractDeliveryView> Deliveries,
    ContractProgress Progress,
    DateOnly? EndsOn,
    string? EndReason,
    Guid? RfqId,
    string? RfqNumber);

internal sealed class ContractTermsRules : AbstractValidator<TermsInput>
{
    public ContractTermsRules()
    {
        RuleFor(t => t.QuantityPerDelivery).InclusiveBetween(1, PreorderWindow.MaxUnits)
            .WithMessage(_ => Bilingual.Pick("Số lượng mỗi lần giao từ 1 đến 10.000.000.", "Each delivery is of 1 to 10,000,000 units."));
        RuleFor(t => t.Cadence).Must(c => Enum.GetNames<Cadence>().Contains(c, StringComparer.OrdinalIgnoreCase))
            .WithMessage(_ => Bilingual.Pick("Hãy chọn giao hằng tuần hoặc hằng tháng.", "Choose Weekly or Monthly."));
        RuleFor(t => t.FirstDeliveryOn).NotNull()
            .WithMessage(_ => Bilingual.Pick("Hãy chọn ngày giao lần đầu.", "Choose the first delivery's date."));
        RuleFor(t => t.Deliveries).InclusiveBetween(1, ContractTerms.MaxDeliveries)
            .WithMessage(_ => Bilingual.Pick("Số lần giao từ 1 đến 60.", "1 to 60 deliveries."));
        RuleFor(t => t.PriceVnd).InclusiveBetween(1, 10_000_000_000)
            .WithMessage(_ => Bilingual.Pick("Giá mỗi đơn vị từ 1 ₫ đến 10 tỷ ₫.", "The price per unit is 1 ₫ to 10 billion ₫."));
        RuleFor(t => t.PriceFloorVnd).NotNull().When(t => t.PriceCeilingVnd is not null)
            .WithMessage(_ => Bilingual.Pick("Khoảng giá cần cả giá thấp nhất và cao nhất.", "A price band needs both a floor and a ceiling."));
        RuleFor(t => t.PriceCeilingVnd).NotNull().When(t => t.PriceFloorVnd is not null)
            .WithMessage(_ => Bilingual.Pick("Khoảng giá cần cả giá thấp nhất và cao nhất.", "A price band needs both a floor and a ceiling."));
        RuleFor(t => t.PriceFloorVnd).InclusiveBetween(1, 10_000_000_000).When(t => t.PriceFloorVnd is not null)
            .WithMessage(_ => Bilingual.Pick("Giá thấp nhất từ 1 ₫ đến 10 tỷ ₫.", "The floor is 1 ₫ to 10 billion ₫."));
        RuleFor(t => t.PriceVnd)
            .Must((t, price) => price >= t.PriceFloorVnd && price <= t.PriceCeilingVnd)
            .When(t => t.PriceFloorVnd is not null && t.PriceCeilingVnd is not null)
            .WithMessage(_ => Bilingual.Pick(
                "Giá tham chiếu phải nằm trong khoảng giá (thấp nhất ≤ giá ≤ cao nhất).",
                "The reference price must lie within the band (floor ≤ price ≤ ceiling)."));
        RuleFor(t => t.Payment).Must(p => Enum.GetNames<ContractPayment>().Contains(p, StringComparer.OrdinalIgnoreCase))
            .WithMessage(_ => Bilingual.Pick("Hãy chọn trả trước mỗi lần giao hoặc trả khi nhận.", "Choose Prepaid or OnDelivery."));
        RuleFor(t => t.NoticeDays).InclusiveBetween(0, 365)
            .WithMessage(_ => Bilingual.Pick("Thời hạn báo trước khi chấm dứt từ 0 đến 365 ngày.", "The notice to end is 0 to 365 days."));
    }
}

internal sealed class ProposeContractValidator : AbstractValidator<ProposeContractCommand>
{
    public ProposeContractValidator()
    {
        RuleFor(c => c.VariantId).NotNull().WithMessage(_ => Bilingual.Pick("Hãy chọn sản phẩm.", "Choose the product."));
        RuleFor(c => c.Terms).SetValidator(new ContractTermsRules());
        this.RuleForDelivery(c => c.Delivery);
        RuleFor(c => c.Note).MaximumLength(1000);
    }
}

internal sealed class AnswerContractValidator : AbstractValidator<AnswerContractCommand>
{
    public AnswerContractValidator()
    {
        RuleFor(c => c.Answer).IsInEnum();
        RuleFor(c => c.Terms).NotNull().When(c => c.Answer == ContractAnswer.Counter)
            .WithMessage(_ => Bilingual.Pick("Hãy nêu các điều khoản đề nghị lại.", "Give the terms of the counter-offer."));
        RuleFor(c => c.Terms!).SetValidator(new ContractTermsRules())
            .When(c => c.Answer == ContractAnswer.Counter && c.Terms is not null);
        RuleFor(c => c.Note).MaximumLength(1000);
    }
}

internal sealed class ChangeContractValidator : AbstractValidator<ChangeContractCommand>
{
    public ChangeContractValidator()
    {
        RuleFor(c => c.Change).IsInEnum();
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Change == ContractChange.End)
            .WithMessage(_ => Bilingual.Pick("Hãy ghi lý do chấm dứt hợp đồng.", "Give the reason for ending the contract."));
        RuleFor(c => c.Reason).MaximumLength(1000);
    }
}

internal static class ContractErrors
{
    public static Error NotFound() =>
        Error.NotFound("contract.not_found", Bilingual.Pick("Không tìm thấy hợp đồng này.", "No such contract."));
}

internal sealed class PriceContractDeliveryValidator : AbstractValidator<PriceContractDeliveryCommand>
{
    public PriceContractDeliveryValidator()
    {
        RuleFor(c => c.Sequence).InclusiveBetween(1, ContractTerms.MaxDeliveries);
        RuleFor(c => c.PriceVnd).InclusiveBetween(1, 10_000_000_000)
            .WithMessage(_ => Bilingual.Pick("Giá mỗi đơn vị từ 1 ₫ đến 10 tỷ ₫.", "The price per unit is 1 ₫ to 10 billion ₫."));
    }
}
