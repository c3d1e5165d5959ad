using FluentValidation;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Vouchers;

/// <summary>
/// Issues a voucher: the alliance's when <see cref="CooperativeId"/> is null (the caller is an
/// admin, checked by the endpoint or page), else the cooperative's, for its own goods, by one of its
/// people. <see cref="Kind"/> is PercentOff, AmountOff or FreeDelivery; <see cref="Audience"/>
/// Everyone, Shoppers or BusinessBuyers. Only the alliance's vouchers may be co-funded: it pays
/// <see cref="AllianceSharePercent"/> of each discount, the cooperatives the rest.
/// </summary>
internal sealed record IssueVoucherCommand(
    CooperativeId? CooperativeId,
    UserId ActorId,
    string ActorEmail,
    string Code,
    string Title,
    string Kind,
    int PercentOff,
    long AmountOffVnd,
    long? MaxDiscountVnd,
    long MinSpendVnd,
    int? TotalLimit,
    int PerBuyerLimit,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Audience,
    int AllianceSharePercent) : ICommand<Result<VoucherView>>, IRunsIn<OrderingTransaction>;

internal sealed class IssueVoucherValidator : AbstractValidator<IssueVoucherCommand>
{
    public IssueVoucherValidator()
    {
        RuleFor(c => c.Code)
            .Must(code => code.Trim().Length is >= 4 and <= Voucher.MaxCodeLength && code.Trim().All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_'))
            .WithMessage(_ => Bilingual.Pick(
                $"Mã gồm 4 đến {Voucher.MaxCodeLength} chữ cái không dấu, chữ số, '-' hoặc '_'.",
                $"A code is 4 to {Voucher.MaxCodeLength} letters without accents, digits, '-' or '_'."));
        RuleFor(c => c.Title)
            .Must(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= 200)
            .WithMessage(_ => Bilingual.Pick("Hãy đặt tên cho mã (tối đa 200 ký tự).", "Give the voucher a title (200 characters at most)."));
        RuleFor(c => c.Kind)
            .Must(k => Enum.TryParse<VoucherKind>(k, ignoreCase: true, out var kind) && Enum.IsDefined(kind))
            .WithMessage(_ => Bilingual.Pick(
                "Loại mã là PercentOff, AmountOff hoặc FreeDelivery.", "The kind is PercentOff, AmountOff or FreeDelivery."));
        RuleFor(c => c.Audience)
            .Must(a => Enum.TryParse<VoucherAudience>(a, ignoreCase: true, out var audience) && Enum.IsDefined(audience))
            .WithMessage(_ => Bilingual.Pick(
                "Người dùng là Everyone, Shoppers hoặc BusinessBuyers.", "The audience is Everyone, Shoppers or BusinessBuyers."));
        RuleFor(c => c.PercentOff)
            .InclusiveBetween(1, 100).When(c => Is(c, VoucherKind.PercentOff))
            .WithMessage(_ => Bilingual.Pick("Phần trăm giảm từ 1 đến 100.", "The percentage off is 1 to 100."));
        RuleFor(c => c.AmountOffVnd)
            .InclusiveBetween(1_000, 100_000_000).When(c => Is(c, VoucherKind.AmountOff))
            .WithMessage(_ => Bilingual.Pick("Số tiền giảm từ 1.000 ₫ đến 100.000.000 ₫.", "The amount off is 1,000 ₫ to 100,000,000 ₫."));
        RuleFor(c => c.MaxDiscountVnd)
            .InclusiveBetween(1_000, 100_000_000).When(c => c.MaxDiscountVnd is not null)
            .WithMessage(_ => Bilingual.Pick("Mức giảm tối đa từ 1.000 ₫ đến 100.000.000 ₫.", "The most taken off is 1,000 ₫ to 100,000,000 ₫."));
        RuleFor(c => c.MinSpendVnd)
            .InclusiveBetween(0, 10_000_000_000)
            .WithMessage(_ => Bilingual.Pick("Đơn tối thiểu từ 0 đến 10 tỷ ₫.", "The minimum spend is 0 to 10 billion ₫."));
        RuleFor(c => c.TotalLimit)
            .InclusiveBetween(1, 1_000_000).When(c => c.TotalLimit is not null)
            .WithMessage(_ => Bilingual.Pick("Tổng lượt dùng từ 1 đến 1.000.000.", "The total uses are 1 to 1,000,000."));
        RuleFor(c => c.PerBuyerLimit)
            .InclusiveBetween(1, 100)
            .WithMessage(_ => Bilingual.Pick("Mỗi người dùng được từ 1 đến 100 lần.", "Each buyer may use it 1 to 100 times."));
        RuleFor(c => c.StartsAt)
            .Must(starts => starts.Year >= 2020)
            .WithMessage(_ => Bilingual.Pick("Hãy chọn ngày giờ bắt đầu.", "Choose when it starts."));
        RuleFor(c => c.EndsAt)
            .Must((c, ends) => ends > c.StartsAt && ends - c.StartsAt <= TimeSpan.FromDays(366))
            .WithMessage(_ => Bilingual.Pick(
                "Ngày kết thúc phải sau ngày bắt đầu, và không quá một năm.", "The end must come after the start, within a year."));
        RuleFor(c => c.AllianceSharePercent)
            .InclusiveBetween(0, 100)
            .WithMessage(_ => Bilingual.Pick("Phần liên minh trả từ 0 đến 100 %.", "The alliance's share is 0 to 100 %."));
    }

    private static bool Is(IssueVoucherCommand command, VoucherKind kind) =>
        Enum.TryParse<VoucherKind>(command.Kind, ignoreCase: true, out var parsed) && parsed == kind;
}

internal sealed class IssueVoucherHandler(OrderingDbContext db, ISender sender, TimeProvider clock) : ICommandHandler<IssueVoucherCommand, Result<VoucherView>>
{
    public async ValueTask<Result<VoucherView>> Handle(IssueVoucherCommand command, CancellationToken cancellationToken)
    {
        // Money off the cooperative's own price: its owners decide it, as they decide where its money goes.
        if (command.CooperativeId is { } cooperative)
        {
            switch (await sender.Send(new GetVendorStaffRoleQuery(cooperative, command.ActorId), cancellationToken))
            {
                case null:
                    return CooperativeErrors.NotFound;
                case not StaffRole.Owner:
                    return VoucherErrors.OwnersOnly;
            }
        }

        var now = clock.GetUtcNow();
        if (command.EndsAt <= now)
        {
            return Error.FieldConflict("voucher.ended", nameof(command.EndsAt), Bilingual.Pick(
                "Ngày kết thúc đã qua.", "The end has already passed."));
        }

        var code = Voucher.NormalizeCode(command.Code);
        if (await db.Vouchers.AnyAsync(v => v.Code == code, cancellationToken))
        {
            return Error.FieldConflict("voucher.code_taken", nameof(command.Code), Bilingual.Pick(
                $"Đã có mã {code}: hãy chọn mã khác.", $"The code {code} exists already: choose another."));
        }

        var terms = new VoucherTerms(
            code, command.Title, Enum.Parse<VoucherKind>(command.Kind, ignoreCase: true), command.PercentOff, command.AmountOffVnd, command.MaxDiscountVnd,
            command.MinSpendVnd, command.TotalLimit, command.PerBuyerLimit, command.StartsAt, command.EndsAt,
            Enum.Parse<VoucherAudience>(command.Audience, ignoreCase: true), command.AllianceSharePercent);
        var voucher = new Voucher(terms, command.CooperativeId, command.ActorEmail, now);
        db.Vouchers.Add(voucher);
        return VoucherView.Of(voucher, now);
    }
}
