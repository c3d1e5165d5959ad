using FluentValidation;
using Marketplace.Vendors.Contracts;

namespace Marketplace.Vendors.Features.GetStorefront;

internal sealed class GetStorefrontValidator : AbstractValidator<GetStorefrontQuery>
{
    public GetStorefrontValidator()
    {
        RuleFor(q => q.Slug)
            .NotEmpty()
            .MaximumLength(200)
            .Matches("^[a-z0-9]+(-[a-z0-9]+)*$");
    }
}
