using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Features.GetApplication;
using Mediator;

namespace Marketplace.Vendors.Features.GetStorefrontImage;

/// <summary>A storefront's logo or banner by its key, while the storefront is public.</summary>
internal sealed record GetStorefrontImageQuery(string Key) : IQuery<Result<DocumentContent>>;
