using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Features.EditStorefront;
using Mediator;

namespace Marketplace.Vendors.Features.GetStorefrontSettings;

/// <summary>The storefront's settings, for a member of the cooperative; "not found" for anyone else.</summary>
internal sealed record GetStorefrontSettingsQuery(CooperativeId CooperativeId, UserId ActorId) : IQuery<Result<StorefrontSettings>>;
