using FluentValidation;
using Marketplace.Payments.Features.Payments;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Payments.Features.BankTransfers;

internal sealed class ImportBankStatementValidator : AbstractValidator<ImportBankStatementCommand>
{
    public ImportBankStatementValidator()
    {
        RuleFor(c => c.File.Content.Length)
            .GreaterThan(0).WithMessage(_ => Bilingual.Pick("Tệp sao kê trống.", "The statement is empty."))
            .LessThanOrEqualTo(ImportBankStatementHandler.MaxBytes)
                .WithMessage(_ => Bilingual.Pick("Tệp sao kê lớn hơn 5 MB.", "The statement is larger than 5 MB."))
            .OverridePropertyName("file");
    }
}
