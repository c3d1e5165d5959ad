using FluentValidation;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Trade;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Ordering.Features.Rfqs;

internal sealed class CreateRfqValidator : AbstractValidator<CreateRfqCommand>
{
    public CreateRfqValidator(TimeProvider clock)
    {
        RuleFor(c => c.ProductId).NotNull().When(c => c.CategoryId is null)
            .WithMessage(_ => Bilingual.Pick("Hãy chọn sản phẩm hoặc danh mục.", "Choose a product or a category."));
        RuleFor(c => c.Quantity).InclusiveBetween(1, 1_000_000).WithName(_ => Bilingual.Pick("Số lượng", "Quantity"));
        RuleFor(c => c.Unit).IsInEnum();
        RuleFor(c => c.DestinationCountry).Must(Countries.IsKnown).When(c => c.DestinationCountry is not null)
            .WithMessage(_ => Bilingual.Pick(
                "Hãy chọn nước nhận hàng (mã ISO 3166, ví dụ JP).", "Choose the country of delivery (an ISO 3166 code, e.g. JP)."));
        When(IsDomestic, () => RuleFor(c => c.DeliveryProvince).Province());
        When(c => !IsDomestic(c) && Countries.IsKnown(c.DestinationCountry), () =>
        {
            RuleFor(c => c.Incoterm).Must(Incoterms.IsKnown)
                .WithMessage(_ => Bilingual.Pick(
                    "Hàng ra nước ngoài: hãy chọn điều kiện Incoterms (EXW, FCA, FOB, CIF …).",
                    "For delivery abroad, choose an Incoterms rule (EXW, FCA, FOB, CIF …)."));
            RuleFor(c => c.NamedPlace).NotEmpty().WithMessage(_ => Bilingual.Pick(
                    "Hãy ghi địa điểm theo điều kiện Incoterms (cảng xếp hàng cho FOB, cảng đến cho CIF …).",
                    "Name the Incoterms place (the port of shipment for FOB, of destination for CIF …)."))
                .MaximumLength(100).WithName(_ => Bilingual.Pick("Địa điểm giao", "Named place"));
        });
        RuleFor(c => c.HsCode).Must(code => HsCode.Normalize(code) is not null).When(c => !string.IsNullOrWhiteSpace(c.HsCode))
            .WithMessage(_ => Bilingual.Pick(
                "Mã HS gồm 6, 8 hoặc 10 chữ số (ví dụ 0802.62).", "An HS code has 6, 8 or 10 digits (e.g. 0802.62)."));
        RuleFor(c => c.DeliveryDate).GreaterThan(_ => VietnamTime.Today(clock)).WithName(_ => Bilingual.Pick("Ngày nhận hàng", "Delivery date"))
            .WithMessage(_ => Bilingual.Pick("Ngày nhận hàng phải sau hôm nay.", "The delivery date must be after today."));
        RuleFor(c => c.Note).MaximumLength(2000);
    }

    private static bool IsDomestic(CreateRfqCommand command) => command.DestinationCountry is null or Countries.Vietnam;
}
