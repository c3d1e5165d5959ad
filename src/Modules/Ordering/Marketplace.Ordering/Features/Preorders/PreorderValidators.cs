using FluentValidation;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Ordering.Features.Preorders;

internal sealed class OpenPreorderWindowValidator : AbstractValidator<OpenPreorderWindowCommand>
{
    public OpenPreorderWindowValidator()
    {
        RuleFor(c => c.LotCode)
            .Must(code => !string.IsNullOrWhiteSpace(code) && code.Trim().Length <= 40 && code.Trim().All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-'))
            .WithMessage(_ => Bilingual.Pick(
                "Mã lô gồm chữ, số và dấu gạch ngang, tối đa 40 ký tự (ví dụ NL-2027-07).",
                "A lot code is letters, digits and dashes, at most 40 (for example NL-2027-07)."));
        RuleFor(c => c.OpensOn).NotEmpty().WithName(_ => Bilingual.Pick("Ngày mở", "Opening date"));
        RuleFor(c => c.ClosesOn).GreaterThanOrEqualTo(c => c.OpensOn)
            .WithMessage(_ => Bilingual.Pick("Ngày đóng phải từ ngày mở trở đi.", "The closing date must be on or after the opening date."));
        RuleFor(c => c.HarvestOn).GreaterThanOrEqualTo(c => c.ClosesOn)
            .WithMessage(_ => Bilingual.Pick("Ngày thu hoạch dự kiến phải từ ngày đóng trở đi.", "The expected harvest must be on or after the closing date."));
        RuleFor(c => c.Capacity).InclusiveBetween(1, PreorderWindow.MaxUnits).WithName(_ => Bilingual.Pick("Sản lượng nhận đặt", "Capacity"));
        RuleFor(c => c.PriceVnd).InclusiveBetween(1, 1_000_000_000).WithName(_ => Bilingual.Pick("Giá", "Price"));
        RuleFor(c => c.DepositPercent).InclusiveBetween(0, 100).WithName(_ => Bilingual.Pick("Tiền cọc (%)", "Deposit (%)"));
        RuleFor(c => c.Rule).Must(rule => Enum.TryParse<AllocationRule>(rule, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            .WithMessage(_ => Bilingual.Pick(
                "Cách chia khi thiếu hàng: FirstComeFirstServed hoặc ProRata.", "The allocation rule: FirstComeFirstServed or ProRata."));
    }
}

internal sealed class ReserveValidator : AbstractValidator<ReserveCommand>
{
    public ReserveValidator()
    {
        RuleFor(c => c.Quantity).InclusiveBetween(1, PreorderWindow.MaxUnits).WithName(_ => Bilingual.Pick("Số lượng", "Quantity"));
    }
}

internal sealed class RecordHarvestValidator : AbstractValidator<RecordHarvestCommand>
{
    public RecordHarvestValidator()
    {
        RuleFor(c => c.Harvested).InclusiveBetween(0, PreorderWindow.MaxUnits).WithName(_ => Bilingual.Pick("Sản lượng thu hoạch", "Harvest"));
    }
}

internal sealed class CancelPreorderWindowValidator : AbstractValidator<CancelPreorderWindowCommand>
{
    public CancelPreorderWindowValidator()
    {
        RuleFor(c => c.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r))
            .WithMessage(_ => Bilingual.Pick("Hãy ghi lý do: mọi người đã đặt sẽ nhận được.", "Give the reason: everyone who reserved receives it."))
            .MaximumLength(1000);
    }
}
