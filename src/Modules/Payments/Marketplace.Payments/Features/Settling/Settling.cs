using System.Text.Json.Serialization;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Payments.Features.Settling;

/// <summary>The money rules as an admin reads and sets them; <see cref="Since"/> is null for the defaults.</summary>
internal sealed record MoneyRulesView(int HoldDays, long DebtLimitVnd, int SettlementDay, int GraceDays, DateTimeOffset? Since, string? SetBy);

internal sealed record GetMoneyRulesQuery : IQuery<MoneyRulesView>;

/// <summary>Every money rule ever set, newest first: what was in force when.</summary>
internal sealed record ListMoneyRulesQuery : IQuery<IReadOnlyList<MoneyRulesView>>;

/// <summary>The admin sets the money rules from now on (kept as a new rule; the old ones stay in the history).</summary>
internal sealed record SetMoneyRulesCommand(int HoldDays, long DebtLimitVnd, int SettlementDay, int GraceDays, string ActorEmail)
    : ICommand<Result<MoneyRulesView>>, IRunsIn<PaymentsTransaction>;

/// <summary>A request to pay, with what the cooperative needs to pay it: the alliance's account, the reference and the VietQR payload.</summary>
internal sealed record PayInView(
    Guid PayInId,
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string VendorName,
    Money Amount,
    Money Paid,
    Money Owed,
    string Reference,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueBy,
    string AskedBy,
    PayInStatus Status,
    DateTimeOffset? SettledAt,
    bool SalesPaused,
    string BankName,
    string AccountNumber,
    string AccountHolder,
    string VietQrPayload);

/// <summary>What a cooperative owes now and its open request, if any.</summary>
internal sealed record CooperativeDebtView(
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId, Money Owed, PayInView? Open, IReadOnlyList<PayInView> History);

/// <summary>The cooperative's own people (or an admin) read what it owes.</summary>
internal sealed record GetCooperativeDebtQuery(CooperativeId CooperativeId, UserId ActorId, bool ActorIsAdmin) : IQuery<Result<CooperativeDebtView>>;

/// <summary>The open request's VietQR code as a PNG.</summary>
internal sealed record GetPayInQrQuery(CooperativeId CooperativeId, UserId ActorId) : IQuery<Result<byte[]>>;

/// <summary>Every request, open first, for the admins.</summary>
internal sealed record ListPayInsQuery(PayInStatus? Status) : IQuery<IReadOnlyList<PayInView>>;

/// <summary>An admin asks a cooperative to pay what it owes now, without waiting for the limit or the settlement day.</summary>
internal sealed record RequestPayInCommand(CooperativeId CooperativeId, string ActorEmail) : ICommand<Result<PayInView>>, IRunsIn<PaymentsTransaction>;

/// <summary>An admin saw the cooperative's transfer in the bank's account and records it (the statement import does the same).</summary>
internal sealed record RecordPayInCommand(Guid PayInId, long AmountVnd, string ActorEmail) : ICommand<Result<PayInView>>, IRunsIn<PaymentsTransaction>;

/// <summary>
/// The settling round the deadline watcher runs: delivered parts whose holding period has passed
/// are released; debts over the limit (or on the settlement day) are asked for; open requests are
/// settled when paid or netted, reminded, or pause the cooperative's sales past their date.
/// </summary>
internal sealed record SettleWithCooperativesCommand : ICommand<SettlingRound>, IRunsIn<PaymentsTransaction>;

internal sealed record SettlingRound(int Released, int Requested, int Reminded, int Paused, int Settled);
