using FluentValidation;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Payments.Features.Payouts;

internal sealed class SetPayoutAccountValidator : AbstractValidator<SetPayoutAccountCommand>
{
    public SetPayoutAccountValidator()
    {
        RuleFor(c => c.BankName).NotEmpty().MaximumLength(100).WithName(_ => Bilingual.Pick("Ngân hàng", "Bank"));
        RuleFor(c => c.AccountNumber)
            .NotEmpty()
            .Must(n => n.Count(char.IsAsciiLetterOrDigit) is >= 6 and <= 34)
            .WithMessage(_ => Bilingual.Pick(
                "Số tài khoản có từ 6 đến 34 chữ số hoặc chữ cái.", "An account number has 6 to 34 letters or digits."))
            .WithName(_ => Bilingual.Pick("Số tài khoản", "Account number"));
        RuleFor(c => c.AccountHolder).NotEmpty().MaximumLength(100).WithName(_ => Bilingual.Pick("Chủ tài khoản", "Account holder"));
        RuleFor(c => c.Country).NotEmpty().Matches("^[A-Za-z]{2}$").WithName(_ => Bilingual.Pick("Quốc gia (mã 2 chữ)", "Country (2-letter code)"));
        RuleFor(c => c.StripeAccountId)
            .Matches("^acct_[A-Za-z0-9]+$").When(c => !string.IsNullOrWhiteSpace(c.StripeAccountId))
            .WithMessage(_ => Bilingual.Pick("Mã tài khoản Stripe bắt đầu bằng \"acct_\".", "A Stripe account id starts with \"acct_\"."));
    }
}
